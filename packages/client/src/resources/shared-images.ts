import type { operations, SharedImage, SharedImageList } from "@imgctl/types";
import type { Context } from "../context.js";
import type { RequestOptions } from "../options.js";

/** Whose records: `entity_type` + `entity_id` (default: the caller's own), optionally one region. */
export type SharedImageQuery = NonNullable<operations["sharedImagesGet"]["parameters"]["query"]>;

/**
 * Shared-image records (`/v1/shared_image`): which public images an entity (a reseller's clients,
 * a client, a project) may use in a region, and which project images are shared with it.
 * `region_id` here is a filter, so it does not fall back to the client's `regionId`.
 */
export interface SharedImagesResource {
  /** The entity's records. */
  get(params?: SharedImageQuery, opts?: RequestOptions): Promise<SharedImageList>;
  /** Creates or replaces the entity's record in a region. `image_ids: null` = all public images, `[]` = none. */
  set(body: SharedImage, opts?: RequestOptions): Promise<SharedImageList>;
  /** Deletes the entity's records; it then sees all public images again. */
  delete(params?: SharedImageQuery, opts?: RequestOptions): Promise<void>;
}

export function sharedImagesResource(ctx: Context): SharedImagesResource {
  return ctx.resource({
    get: "GET /v1/shared_image q",
    set: "PUT /v1/shared_image b",
    delete: "DELETE /v1/shared_image q",
  });
}
