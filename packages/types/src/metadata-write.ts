// One description of a write that changes an image's metadata, shared by everything that judges such a write before
// it is sent: the CLI's `metadata:write` hook, the policy middleware for client users and `imgctl policy plan-write`.
// It is keyed by the spec's operation id, so a new metadata-writing operation is one more id here, not a new shape.
import type { ApiVersion } from "./api-version.js";
import type { OperationId } from "./generated/operations.js";

/** Only ids of the spec's operations: a renamed or removed operation fails to type-check here. */
type SpecOperationId<T extends OperationId> = T;

/** The spec operations that change an image's metadata. */
export type MetadataWriteOperationId = SpecOperationId<
  | "imageMetadataMerge"
  | "imageMetadataReplace"
  | "imageMetadataItemDelete"
  | "imagesUpdate"
  | "imagesCreate"
  | "imagesUpload"
  | "baremetalImagesCreate"
>;

/** One metadata item as the write finds it, generation-neutral (read-only items are set by the system). */
export type MetadataWriteItem = { key: string; value: string; read_only: boolean };

/** The image before the write: its metadata items and the attributes a policy selects images by. Empty for a create
 * (`imagesCreate`, `imagesUpload`, `baremetalImagesCreate`: the image does not exist yet). */
export type MetadataWriteImage = { id?: string; name?: string; visibility?: string; metadata: MetadataWriteItem[] };

/** A metadata write: which operation, on which image, with which body, and the state it starts from. */
export type MetadataWrite = {
  operationId: MetadataWriteOperationId;
  /**
   * The API generation the write is sent in; absent means 2025-04. Both generations have the same operation ids, but
   * in 2026-08 the map is the request's `tags` (not `metadata`), and `imagesUpdate`'s is a JSON Merge Patch: a null
   * value deletes that key, a null map clears every user tag, read-only tags are kept.
   */
  apiVersion?: ApiVersion;
  /** Where the image lives; always known for a request, possibly not for an offline plan (a snapshot without ids). */
  projectId?: number;
  regionId?: number;
  /** Absent for `imagesCreate`, `imagesUpload` and `baremetalImagesCreate`: the image does not exist yet. */
  imageId?: string;
  /** The metadata map the request writes (merge, replace, create, upload, update), as sent: the judge checks its shape.
   * In 2026-08 it is the request's `tags` map (for `imagesUpdate`, the merge patch, possibly null). */
  metadata?: unknown;
  /** The key an item delete removes. */
  key?: string;
  /** The image's state before the write. */
  before: MetadataWriteImage;
};
