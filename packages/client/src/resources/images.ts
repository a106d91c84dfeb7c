import type { Image, ImageCreateFromVolume, ImageList, ImageUpdate, TaskIdList } from "@imgctl/types";
import { callInit, scope, splitScope, unwrap, type Context, type Scope } from "../context.js";
import type { RequestOptions } from "../options.js";
import { encodeImageFilters, type ImageFilters } from "../query.js";
import { MetadataResource } from "./metadata.js";
import { withDeadline, type TasksResource, type WaitOptions } from "./tasks.js";

export interface ImageListParams extends Scope, ImageFilters {
  /** Only the project's own images (the same set as `listOwned`). */
  private?: boolean;
}
export interface ImageListOwnedParams extends Scope, ImageFilters {}
export interface ImageGetParams extends Scope {
  include_prices?: boolean;
}
export type ImageCreateParams = ImageCreateFromVolume & Scope;
export type ImageUpdateParams = ImageUpdate & Scope;

/** Images: `/v1/images/{project_id}/{region_id}` and `/v1/projectimages/...`. */
export class ImagesResource {
  readonly #ctx: Context;
  readonly #tasks: TasksResource;
  /** Image metadata: list, merge, replace, and items by key. */
  readonly metadata: MetadataResource;

  constructor(ctx: Context, tasks: TasksResource) {
    this.#ctx = ctx;
    this.#tasks = tasks;
    this.metadata = new MetadataResource(ctx);
  }

  /** The images the project may use in the region: its own, public (as limited by shared-image records) and shared. */
  async list(params?: ImageListParams, opts?: RequestOptions): Promise<ImageList> {
    const [path, filters] = splitScope(this.#ctx, params);
    return unwrap(
      await this.#ctx.raw.GET("/v1/images/{project_id}/{region_id}", {
        params: { path, query: encodeImageFilters(filters) },
        ...callInit(this.#ctx, opts),
      }),
    );
  }

  /** Only the images owned by the project, in the region. */
  async listOwned(params?: ImageListOwnedParams, opts?: RequestOptions): Promise<ImageList> {
    const [path, filters] = splitScope(this.#ctx, params);
    return unwrap(
      await this.#ctx.raw.GET("/v1/projectimages/{project_id}/{region_id}", {
        params: { path, query: encodeImageFilters(filters) },
        ...callInit(this.#ctx, opts),
      }),
    );
  }

  /** One image; an image the caller may not see is a `NotFoundError`. */
  async get(imageId: string, params?: ImageGetParams, opts?: RequestOptions): Promise<Image> {
    const [path, query] = splitScope(this.#ctx, params);
    return unwrap(
      await this.#ctx.raw.GET("/v1/images/{project_id}/{region_id}/{image_id}", {
        params: { path: { ...path, image_id: imageId }, query },
        ...callInit(this.#ctx, opts),
      }),
    );
  }

  /**
   * Starts creating an image from a bootable volume; returns the task ids at once. Use
   * `createAndWait` to get the image. Never re-sent after a timeout or a 5xx (no duplicates).
   */
  async create(params: ImageCreateParams, opts?: RequestOptions): Promise<TaskIdList> {
    const [path, body] = splitScope(this.#ctx, params);
    return unwrap(
      await this.#ctx.raw.POST("/v1/images/{project_id}/{region_id}", {
        params: { path },
        body,
        ...callInit(this.#ctx, opts),
      }),
    );
  }

  /** Changes image fields; `metadata` is merged into the existing metadata. */
  async update(imageId: string, params: ImageUpdateParams, opts?: RequestOptions): Promise<Image> {
    const [path, body] = splitScope(this.#ctx, params);
    return unwrap(
      await this.#ctx.raw.PATCH("/v1/images/{project_id}/{region_id}/{image_id}", {
        params: { path: { ...path, image_id: imageId } },
        body,
        ...callInit(this.#ctx, opts),
      }),
    );
  }

  /** Starts deleting the image; returns the task ids at once. Use `deleteAndWait` to wait. */
  async delete(imageId: string, params?: Scope, opts?: RequestOptions): Promise<TaskIdList> {
    const path = scope(this.#ctx, params);
    return unwrap(
      await this.#ctx.raw.DELETE("/v1/images/{project_id}/{region_id}/{image_id}", {
        params: { path: { ...path, image_id: imageId } },
        ...callInit(this.#ctx, opts),
      }),
    );
  }

  /**
   * Creates an image and waits for its task; resolves with the new image
   * (`created_resources.images[0]`). `opts.timeout` bounds the whole operation.
   */
  async createAndWait(params: ImageCreateParams, opts?: RequestOptions & WaitOptions): Promise<Image> {
    const at = scope(this.#ctx, params);
    return withDeadline(this.#ctx, opts, async (request, wait) => {
      const { tasks } = await this.create({ ...params, ...at }, request());
      const task = await this.#tasks.wait(firstTask(tasks, "create"), wait());
      const imageId = task.created_resources?.images?.[0];
      if (!imageId) throw new TypeError(`Task ${task.id} finished without created_resources.images`);
      return this.get(imageId, at, request());
    });
  }

  /** Deletes an image and waits until its task has finished. `opts.timeout` bounds the whole operation. */
  async deleteAndWait(imageId: string, params?: Scope, opts?: RequestOptions & WaitOptions): Promise<void> {
    const at = scope(this.#ctx, params);
    await withDeadline(this.#ctx, opts, async (request, wait) => {
      const { tasks } = await this.delete(imageId, at, request());
      await this.#tasks.wait(firstTask(tasks, "delete"), wait());
    });
  }
}

function firstTask(tasks: string[], what: string): string {
  const id = tasks[0];
  if (!id) throw new TypeError(`The ${what} request returned no task id`);
  return id;
}
