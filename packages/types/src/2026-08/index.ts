// Types only: the 2026-08 generation of the API (tags_v2, tag filters and paging, PATCH with a tags merge patch).
// Its bundled spec and operation list are data, exported from "@imgctl/types/spec".
import type { components, operations, paths } from "../generated/2026-08/schema.js";

export type { components, operations, paths, webhooks, $defs } from "../generated/2026-08/schema.js";
export type { OperationId } from "../generated/2026-08/operations.js";
export type { ApiVersion } from "../api-version.js";

/** The generation these types describe. */
export type GenerationApiVersion = "2026-08";

type Schemas = components["schemas"];
export type { Schemas };

export type Image = Schemas["Image"];
export type ImageList = Schemas["ImageList"];
export type ImageCreateFromVolume = Schemas["ImageCreateFromVolume"];
export type ImageDownload = Schemas["ImageDownload"];
export type ImageUpdate = Schemas["ImageUpdate"];
/** One tag of an image as read (`tags_v2` items, the deprecated `/metadata` list items). */
export type Tag = Schemas["Tag"];
export type TagList = Schemas["TagList"];
/** Tags to set: create and upload bodies, the deprecated `/metadata` writes. */
export type TagMap = Schemas["TagMap"];
/** The `tags` of a PATCH: a JSON Merge Patch (a null value deletes a key; null clears every user tag). */
export type TagUpdateMap = Schemas["TagUpdateMap"];
export type Task = Schemas["Task"];
export type TaskState = Schemas["TaskState"];
export type TaskIdList = Schemas["TaskIdList"];
export type TaskList = Schemas["TaskList"];
export type TaskDetailedState = Schemas["TaskDetailedState"];
export type CreatedResources = Schemas["CreatedResources"];
export type Visibility = Schemas["Visibility"];
export type Architecture = Schemas["Architecture"];
export type OsType = Schemas["OsType"];
export type SshKeyPolicy = Schemas["SshKeyPolicy"];
export type HwFirmwareType = Schemas["HwFirmwareType"];
export type HwMachineType = Schemas["HwMachineType"];
/** The body of every non-2xx response. */
export type ErrorBody = Schemas["Error"];

/** Query parameters of the image list (and of the bare-metal image list, which takes the same). */
export type ImageListQuery = NonNullable<operations["imagesList"]["parameters"]["query"]>;
/** Query parameters of the task list. */
export type TaskListQuery = NonNullable<operations["tasksList"]["parameters"]["query"]>;
/** Every path of the API, as a string literal type. */
export type ApiPath = keyof paths;
