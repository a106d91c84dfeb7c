// operationId → handler, one per operation of the spec: the table's type is keyed by the
// generated OperationId, so an operation added to or removed from spec/ is a type error here.
import type { HandlerTable } from "../http/operation.js";
import { baremetalImagesCreate, imagesCreate } from "./create.js";
import { imagesDelete, imagesGet, imagesUpdate } from "./images.js";
import { baremetalImagesList, imagesList, imagesListOwned } from "./list.js";
import {
  imageMetadataItemDelete,
  imageMetadataItemGet,
  imageMetadataList,
  imageMetadataMerge,
  imageMetadataReplace,
} from "./metadata.js";
import { resellerImagesDelete, resellerImagesGet, resellerImagesSet } from "./reseller.js";
import { sharedImagesDelete, sharedImagesGet, sharedImagesSet } from "./shared.js";
import { tasksAcknowledge, tasksAcknowledgeAll, tasksGet, tasksList, tasksListActive } from "./tasks.js";
import { imagesUpload } from "./upload.js";

export const handlers: HandlerTable = {
  imagesList,
  imagesListOwned,
  imagesGet,
  imagesCreate,
  imagesUpdate,
  imagesDelete,
  imageMetadataList,
  imageMetadataMerge,
  imageMetadataReplace,
  imageMetadataItemGet,
  imageMetadataItemDelete,
  sharedImagesGet,
  sharedImagesSet,
  sharedImagesDelete,
  resellerImagesGet,
  resellerImagesSet,
  resellerImagesDelete,
  tasksGet,
  imagesUpload,
  baremetalImagesList,
  baremetalImagesCreate,
  tasksList,
  tasksListActive,
  tasksAcknowledge,
  tasksAcknowledgeAll,
};
