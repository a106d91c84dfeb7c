import type { operations, SharedImage, SharedImageList } from "@imgctl/types";
import { callInit, unwrap, type Context } from "../context.js";
import type { RequestOptions } from "../options.js";

/** Which entity's records: `entity_type` + `entity_id` (default: the caller's own), optionally one region. */
export type SharedImageQuery = NonNullable<operations["sharedImagesGet"]["parameters"]["query"]>;

/**
 * Shared-image records (`/v1/shared_image`): which public images an entity (a reseller's clients,
 * a client, a project) may use in a region, and which project images are shared with it.
 * `region_id` here is a filter, so it does not fall back to the client's `regionId`.
 */
export class SharedImagesResource {
  readonly #ctx: Context;

  constructor(ctx: Context) {
    this.#ctx = ctx;
  }

  /** The entity's records. */
  async get(params?: SharedImageQuery, opts?: RequestOptions): Promise<SharedImageList> {
    return unwrap(await this.#ctx.raw.GET("/v1/shared_image", { params: { query: params }, ...callInit(this.#ctx, opts) }));
  }

  /** Creates or replaces the entity's record in a region. `image_ids: null` = all public images, `[]` = none. */
  async set(body: SharedImage, opts?: RequestOptions): Promise<SharedImageList> {
    return unwrap(await this.#ctx.raw.PUT("/v1/shared_image", { body, ...callInit(this.#ctx, opts) }));
  }

  /** Deletes the entity's records; it then sees all public images again. */
  async delete(params?: SharedImageQuery, opts?: RequestOptions): Promise<void> {
    unwrap(await this.#ctx.raw.DELETE("/v1/shared_image", { params: { query: params }, ...callInit(this.#ctx, opts) }));
  }
}
