import type { Image, ImageCreateFromVolume, ImageDownload, ImageList, ImageUpdate, TaskIdList } from "@imgctl/types";
import type { Context, ImageFilters, Scope } from "../context.js";
import type { RequestOptions } from "../options.js";
import { waitForImage, type ImageWaitOptions } from "./image-ready.js";
import { deleteOutcome, mayHaveDeleted } from "./lost-delete.js";
import { metadataResource, type MetadataResource } from "./metadata.js";
import { createdImage, firstTask as first } from "./task-result.js";
import { withDeadline, type TasksResource, type WaitOptions } from "./tasks.js";

export interface ImageListParams extends Scope, ImageFilters {
  /** Only the project's own images (the same set as `listOwned`). */
  private?: boolean;
}
export interface ImageListOwnedParams extends Scope, ImageFilters {}
export interface ImageGetParams extends Scope {
  /** Add the price fields. */
  include_prices?: boolean;
}
export type ImageCreateParams = ImageCreateFromVolume & Scope;
export type ImageUpdateParams = ImageUpdate & Scope;
export type ImageUploadParams = ImageDownload & Scope;

/** Images: `/v1/images/{project_id}/{region_id}` and `/v1/projectimages/...`. */
export interface ImagesResource {
  /** Image metadata: list, merge, replace, and items by key. */
  readonly metadata: MetadataResource;
  /** The images the project may use in the region: its own, the public ones (as limited by shared-image records) and the shared ones. */
  list(params?: ImageListParams, opts?: RequestOptions): Promise<ImageList>;
  /** Only the images owned by the project, in the region. */
  listOwned(params?: ImageListOwnedParams, opts?: RequestOptions): Promise<ImageList>;
  /** One image; an image the caller may not see is a `NotFoundError`. */
  get(imageId: string, params?: ImageGetParams, opts?: RequestOptions): Promise<Image>;
  /**
   * Starts creating an image from a bootable volume and returns the task ids at once
   * (`createAndWait` returns the image). Never re-sent after a timeout or a 5xx, so never duplicated.
   */
  create(params: ImageCreateParams, opts?: RequestOptions): Promise<TaskIdList>;
  /** Changes image fields; `metadata` is merged into the existing metadata. */
  update(imageId: string, params: ImageUpdateParams, opts?: RequestOptions): Promise<Image>;
  /**
   * Starts deleting the image and returns the task ids at once (`deleteAndWait` waits). Rejects with
   * the API's answer to the last attempt: when a retry follows a lost answer, that can be a
   * `NotFoundError` (or `ConflictError`) for an image the first attempt deleted.
   */
  delete(imageId: string, params?: Scope, opts?: RequestOptions): Promise<TaskIdList>;
  /**
   * Creates an image, waits for its task and returns the new image (`created_resources.images[0]`).
   * `opts.timeout` bounds the whole operation. Rejects with `TaskFailedError` if the task fails.
   */
  createAndWait(params: ImageCreateParams, opts?: RequestOptions & WaitOptions): Promise<Image>;
  /**
   * Deletes an image and waits until its task has finished. `opts.timeout` bounds the whole operation.
   * Resolves once the image is gone, also when the DELETE's answer was lost and its retry got a 404
   * or 409, or the call failed with a 5xx or a connection error: then it asks the image (gone, or
   * being deleted by a task it waits for) before it reports the failure.
   */
  deleteAndWait(imageId: string, params?: Scope, opts?: RequestOptions & WaitOptions): Promise<void>;
  /**
   * Starts downloading an image from an `http(s)` URL and returns the task ids at once
   * (`uploadAndWait` returns the image). A POST: never re-sent after a timeout or a 5xx.
   */
  upload(params: ImageUploadParams, opts?: RequestOptions): Promise<TaskIdList>;
  /**
   * Uploads an image, waits for its task, then polls the image until it is `active` with a size: the
   * task can finish while the image is still `saving`. `opts.timeout` bounds the whole operation.
   * Rejects with `TaskFailedError` (the download failed) or `ImageFailedError` (the image ended in
   * another status, such as `error`).
   */
  uploadAndWait(params: ImageUploadParams, opts?: RequestOptions & ImageWaitOptions): Promise<Image>;
}

export function imagesResource(ctx: Context, tasks: TasksResource): ImagesResource {
  const images = ctx.resource<ImagesResource & { metadata: MetadataResource }>({
    list: "GET ~ F",
    listOwned: "GET /v1/projectimages/{project_id}/{region_id} F",
    get: "GET ~/{image_id} pQ",
    create: "POST ~ B",
    update: "PATCH ~/{image_id} pB",
    delete: "DELETE ~/{image_id} pS",
    upload: "POST /v1/downloadimage/{project_id}/{region_id} B",
  });
  images.metadata = metadataResource(ctx);
  images.createAndWait = (p, o) =>
    withDeadline(o, ctx.timeout, async (request, wait) => {
      const task = await tasks.wait(first(await images.create(p, request())), wait());
      return images.get(createdImage(task), { project_id: p.project_id, region_id: p.region_id }, request());
    });
  images.uploadAndWait = (p, o) =>
    withDeadline(o, ctx.timeout, async (request, wait) => {
      const scope = { project_id: p.project_id, region_id: p.region_id };
      const id = createdImage(await tasks.wait(first(await images.upload(p, request())), wait()));
      return waitForImage(id, (poll) => images.get(id, scope, { ...request(), ...poll }), ctx.timeout, wait());
    });
  // Success means the image is gone, also when the DELETE's own answer was lost (see lost-delete).
  images.deleteAndWait = (id, p, o) =>
    withDeadline(o, ctx.timeout, async (request, wait) => {
      let taskId: string;
      try {
        taskId = first(await images.delete(id, p, request()));
      } catch (error) {
        if (!mayHaveDeleted(error)) throw error;
        const outcome = await deleteOutcome(() => images.get(id, p, request()), error);
        if ("gone" in outcome) return;
        taskId = outcome.taskId;
      }
      await tasks.wait(taskId, wait());
    });
  return images;
}
