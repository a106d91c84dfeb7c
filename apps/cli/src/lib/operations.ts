import type { OperationId } from "@imgctl/types";

/**
 * Which command reaches each API operation. A test checks that it covers every operation of
 * the spec and that every command named here exists; extend it together with the spec.
 */
export const operationCommands = {
  imagesList: "images list",
  imagesListOwned: "images list --owned",
  imagesGet: "images get",
  imagesCreate: "images create",
  imagesUpdate: "images update",
  imagesDelete: "images delete",
  imageMetadataList: "images metadata list",
  imageMetadataMerge: "images metadata set",
  imageMetadataReplace: "images metadata replace",
  imageMetadataItemGet: "images metadata get",
  imageMetadataItemDelete: "images metadata unset",
  sharedImagesGet: "shared-images get",
  sharedImagesSet: "shared-images set",
  sharedImagesDelete: "shared-images delete",
  resellerImagesGet: "reseller-images get",
  resellerImagesSet: "reseller-images set",
  resellerImagesDelete: "reseller-images delete",
  tasksGet: "tasks get",
  imagesUpload: "images upload",
  baremetalImagesList: "baremetal-images list",
  baremetalImagesCreate: "baremetal-images create",
  tasksList: "tasks list",
  tasksListActive: "tasks list --active",
  tasksAcknowledge: "tasks ack",
  tasksAcknowledgeAll: "tasks ack --all",
} as const satisfies Record<OperationId, string>;
