// operationId → handler. The "every spec operation has a handler" test walks this map.
import type { OpHandler } from "../context.js";
import { imagesCreate, imagesDelete, imagesGet, imagesUpdate } from "./images.js";
import { imagesList, imagesListOwned } from "./list.js";
import {
  imageMetadataItemDelete, imageMetadataItemGet, imageMetadataList, imageMetadataMerge, imageMetadataReplace,
} from "./metadata.js";
import { resellerImagesDelete, resellerImagesGet, resellerImagesSet } from "./reseller.js";
import { sharedImagesDelete, sharedImagesGet, sharedImagesSet } from "./shared.js";
import { tasksGet } from "./tasks.js";

export const handlers: Record<string, OpHandler> = {
  imagesList, imagesListOwned, imagesGet, imagesCreate, imagesUpdate, imagesDelete,
  imageMetadataList, imageMetadataMerge, imageMetadataReplace, imageMetadataItemGet, imageMetadataItemDelete,
  sharedImagesGet, sharedImagesSet, sharedImagesDelete,
  resellerImagesGet, resellerImagesSet, resellerImagesDelete,
  tasksGet,
};
