import type { Image, ImageList, TaskIdList } from "@imgctl/types";
import type { Context, ImageFilters, Scope } from "../context.js";
import type { RequestOptions } from "../options.js";
import type { ImageCreateParams, ImagesResource } from "./images.js";
import { createdImage, firstTask } from "./task-result.js";
import { withDeadline, type TasksResource, type WaitOptions } from "./tasks.js";

export interface BaremetalImageListParams extends Scope, ImageFilters {
  /** Only the project's own bare-metal images. */
  private?: boolean;
}

/** Bare-metal images: `/v1/bmimages/{project_id}/{region_id}`. */
export interface BaremetalImagesResource {
  /** The bare-metal images the project may use in the region, by the same rules and filters as `images.list`. */
  list(params?: BaremetalImageListParams, opts?: RequestOptions): Promise<ImageList>;
  /**
   * Starts creating a bare-metal image (`is_baremetal: true` whatever the body says) from a bootable
   * volume and returns the task ids at once. A POST: never re-sent after a timeout or a 5xx.
   */
  create(params: ImageCreateParams, opts?: RequestOptions): Promise<TaskIdList>;
  /** Creates a bare-metal image, waits for its task and returns the image. `opts.timeout` bounds the whole operation. */
  createAndWait(params: ImageCreateParams, opts?: RequestOptions & WaitOptions): Promise<Image>;
}

export function baremetalImagesResource(
  ctx: Context,
  tasks: TasksResource,
  images: ImagesResource,
): BaremetalImagesResource {
  const bm = ctx.resource<BaremetalImagesResource>({
    list: "GET /v1/bmimages/{project_id}/{region_id} F",
    create: "POST /v1/bmimages/{project_id}/{region_id} B",
  });
  // A bare-metal image is an image: once made, it is read like any other.
  bm.createAndWait = (p, o) =>
    withDeadline(o, ctx.timeout, async (request, wait) => {
      const task = await tasks.wait(firstTask(await bm.create(p, request())), wait());
      return images.get(createdImage(task), { project_id: p.project_id, region_id: p.region_id }, request());
    });
  return bm;
}
