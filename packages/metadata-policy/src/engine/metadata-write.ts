// Judging a metadata write as the shared description (`MetadataWrite` of @imgctl/types) gives it: the CLI hook, the
// middleware and `policy plan-write` all come through here, so they cannot disagree on what a write means.
import type { ApiVersion, MetadataWrite, MetadataWriteOperationId } from "@imgctl/types";
import type { EffectivePolicy } from "./policy.js";
import type { ImageContext, WriteDecision, WriteOperation, WriteOptions } from "./types.js";
import { planWrite } from "./write.js";

/** What each metadata-writing operation of the spec does to the image's metadata. */
export const WRITE_OPERATION: Readonly<Record<MetadataWriteOperationId, WriteOperation>> = {
  imageMetadataMerge: "merge",
  imageMetadataReplace: "replace",
  imageMetadataItemDelete: "delete",
  // PATCH of the image: in 2025-04 its `metadata` merges, as the API does; in 2026-08 its `tags` is a merge patch
  // (`writeOperation` says "patch" there).
  imagesUpdate: "update",
  // An upload and a bare-metal create make a new image with this metadata, as a create does. Listed before
  // imagesCreate: `policy plan-write --operation create` takes the last id that maps to "create".
  imagesUpload: "create",
  baremetalImagesCreate: "create",
  imagesCreate: "create",
};

export const isMetadataWrite = (operationId: string): operationId is MetadataWriteOperationId =>
  Object.hasOwn(WRITE_OPERATION, operationId);

/** Whether the write makes a new image (create, upload, bare-metal create): there is no image to read before it. */
export const createsImage = (operationId: MetadataWriteOperationId): boolean =>
  WRITE_OPERATION[operationId] === "create";

/** What the operation does in the generation it is sent in: 2026-08's PATCH of the image is a tags merge patch. */
export const writeOperation = (
  operationId: MetadataWriteOperationId,
  apiVersion: ApiVersion = "2025-04",
): WriteOperation =>
  apiVersion === "2026-08" && operationId === "imagesUpdate" ? "patch" : WRITE_OPERATION[operationId];

export function judgeMetadataWrite(
  policy: EffectivePolicy,
  write: MetadataWrite,
  opts: WriteOptions = {},
): WriteDecision {
  const image: ImageContext = {
    ...write.before,
    ...(write.projectId !== undefined ? { projectId: write.projectId } : {}),
    ...(write.regionId !== undefined ? { regionId: write.regionId } : {}),
    ...(write.imageId !== undefined ? { id: write.imageId } : {}),
  };
  const operation = writeOperation(write.operationId, write.apiVersion);
  return planWrite(
    policy,
    image,
    {
      operation,
      ...(write.metadata !== undefined ? { body: write.metadata } : {}),
      ...(write.key !== undefined ? { key: write.key } : {}),
      ...(write.apiVersion !== undefined ? { apiVersion: write.apiVersion } : {}),
    },
    opts,
  );
}
