export {
  createImagesClient,
  ImagesClient,
  isApiVersion,
  LIVE_API_VERSION,
  type AnyImagesClient,
  type ImagesClientFor,
} from "./client.js";
export type { ImagesClient2026_08 } from "./client-2026-08.js";
export { API_VERSION_HEADER, API_VERSIONS, type ApiVersion } from "./api-version.js";
export { imageTags, type ImageTag } from "./tags.js";
export type {
  BaremetalImagesResource2026_08,
  ImageCreateParams2026_08,
  ImageGetParams2026_08,
  ImageListAllParams2026_08,
  ImageListParams2026_08,
  ImagesResource2026_08,
  ImageUpdateParams2026_08,
  ImageUploadParams2026_08,
  ImageWaitOptions2026_08,
  MetadataResource2026_08,
  TagsResource,
} from "./resources/images-2026-08.js";
export type { ClientOptions, RequestOptions, ResolvedOptions } from "./options.js";
export { DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT } from "./options.js";
export type { Logger } from "./log/redact.js";
export type { SendOptions } from "./fetch/send.js";
export type { Scope } from "./context.js";
export type { ImageFilters } from "./context.js";
export type {
  ImageCreateParams,
  ImageGetParams,
  ImageListOwnedParams,
  ImageListParams,
  ImagesResource,
  ImageUpdateParams,
  ImageUploadParams,
} from "./resources/images.js";
export type { ImageWaitOptions } from "./resources/image-ready.js";
export type { BaremetalImageListParams, BaremetalImagesResource } from "./resources/baremetal-images.js";
export type { MetadataResource } from "./resources/metadata.js";
export type { SharedImageQuery, SharedImagesResource } from "./resources/shared-images.js";
export type { ResellerImagesResource } from "./resources/reseller-images.js";
export type {
  TaskAcknowledgeAllParams,
  TaskListActiveParams,
  TaskListParams,
  TasksResource,
  WaitOptions,
} from "./resources/tasks.js";
export {
  ApiError,
  ApiVersionMismatchError,
  AuthenticationError,
  BadRequestError,
  ClientOptionsError,
  ConflictError,
  ConnectionError,
  ImageFailedError,
  ImagesClientError,
  ImageWaitTimeoutError,
  InternalServerError,
  MissingParameterError,
  NotFoundError,
  NotInApiVersionError,
  PermissionDeniedError,
  RateLimitError,
  TaskFailedError,
  TaskWaitTimeoutError,
  TimeoutError,
  UnprocessableEntityError,
} from "./errors.js";
// Re-exported so users need one import for the API's types.
export type {
  Image,
  ImageCreateFromVolume,
  ImageDownload,
  ImageList,
  ImageUpdate,
  MetadataItem,
  MetadataItemList,
  MetadataMap,
  ResellerImage,
  ResellerImageList,
  SharedImage,
  SharedImageList,
  Task,
  TaskIdList,
  TaskList,
  paths,
} from "@imgctl/types";
export type { Middleware } from "openapi-fetch";
