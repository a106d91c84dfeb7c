// operationId → handler for the 2026-08 generation: the table's type is keyed by the 2026-08
// OperationId. Where an operation's request and answer are the seed's (delete, the tag reads, the
// item delete, tasks), the seed's handler serves it; the type checks that it accepts 2026-08 input.
import type { HandlerTable } from "../../http/operation-2026-08.js";
import { imagesDelete } from "../images.js";
import { imageMetadataItemDelete, imageMetadataItemGet, imageMetadataList } from "../metadata.js";
import { tasksAcknowledge, tasksAcknowledgeAll, tasksGet, tasksList, tasksListActive } from "../tasks.js";
import { imagesGet, imagesUpdate } from "./images.js";
import { baremetalImagesList, imagesList, imagesListOwned } from "./list.js";
import {
  baremetalImagesCreate,
  imageMetadataMerge,
  imageMetadataReplace,
  imagesCreate,
  imagesUpload,
} from "./writes.js";

export const handlers2026: HandlerTable = {
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
  tasksGet,
  imagesUpload,
  baremetalImagesList,
  baremetalImagesCreate,
  tasksList,
  tasksListActive,
  tasksAcknowledge,
  tasksAcknowledgeAll,
};
