// Types only: this entry point has no runtime code. The bundled spec and the
// operation list are data, exported from "@imgctl/types/spec".
import type { components, operations, paths } from "./generated/schema.js";

export type { components, operations, paths, webhooks, $defs } from "./generated/schema.js";
export type { OpenApiDocument, OperationInfo } from "./document-type.js";
export type { ApiVersion } from "./api-version.js";
export type { OperationId } from "./generated/operations.js";
export type {
  MetadataWrite,
  MetadataWriteImage,
  MetadataWriteItem,
  MetadataWriteOperationId,
} from "./metadata-write.js";

type Schemas = components["schemas"];
export type { Schemas };

export type Image = Schemas["Image"];
export type ImageList = Schemas["ImageList"];
export type ImageCreateFromVolume = Schemas["ImageCreateFromVolume"];
export type ImageDownload = Schemas["ImageDownload"];
export type ImageUpdate = Schemas["ImageUpdate"];
export type MetadataMap = Schemas["MetadataMap"];
export type MetadataItem = Schemas["MetadataItem"];
export type MetadataItemList = Schemas["MetadataItemList"];
export type Task = Schemas["Task"];
export type TaskState = Schemas["TaskState"];
export type TaskIdList = Schemas["TaskIdList"];
export type TaskList = Schemas["TaskList"];
export type TaskDetailedState = Schemas["TaskDetailedState"];
export type SharedImage = Schemas["SharedImage"];
export type SharedImageList = Schemas["SharedImageList"];
export type ResellerImage = Schemas["ResellerImage"];
export type ResellerImageList = Schemas["ResellerImageList"];
export type EntityType = Schemas["EntityType"];
export type Visibility = Schemas["Visibility"];
export type Architecture = Schemas["Architecture"];
export type OsType = Schemas["OsType"];
export type SshKeyPolicy = Schemas["SshKeyPolicy"];
export type HwFirmwareType = Schemas["HwFirmwareType"];
export type HwMachineType = Schemas["HwMachineType"];
/** The body of every non-2xx response. */
export type ErrorBody = Schemas["Error"];

/** Query parameters of the image list. */
export type ImageListQuery = NonNullable<operations["imagesList"]["parameters"]["query"]>;
/** Query parameters of the task list. */
export type TaskListQuery = NonNullable<operations["tasksList"]["parameters"]["query"]>;
/** Every path of the API, as a string literal type. */
export type ApiPath = keyof paths;
