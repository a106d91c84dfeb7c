import type { ResellerImage, ResellerImageList } from "@imgctl/types";
import type { Context } from "../context.js";
import type { RequestOptions } from "../options.js";

/**
 * Reseller image limits (`/v1/reseller_image`), the older reseller-only form of shared-image records.
 * @deprecated Use `client.sharedImages` with `entity_type: "reseller"`.
 */
export interface ResellerImagesResource {
  /**
   * The reseller's records, one per region.
   * @deprecated Use `client.sharedImages.get({ entity_type: "reseller", entity_id })`.
   */
  get(resellerId: number, opts?: RequestOptions): Promise<ResellerImageList>;
  /**
   * Creates or replaces the reseller's record in a region.
   * @deprecated Use `client.sharedImages.set({ entity_type: "reseller", entity_id, region_id, image_ids })`.
   */
  set(body: ResellerImage, opts?: RequestOptions): Promise<ResellerImage>;
  /**
   * Deletes the reseller's records (in one region, or all); its clients see all public images again.
   * @deprecated Use `client.sharedImages.delete({ entity_type: "reseller", entity_id })`.
   */
  delete(resellerId: number, params?: { region_id?: number }, opts?: RequestOptions): Promise<void>;
}

export function resellerImagesResource(ctx: Context): ResellerImagesResource {
  return ctx.resource({
    get: "GET /v1/reseller_image/{reseller_id} p",
    set: "PUT /v1/reseller_image b",
    delete: "DELETE /v1/reseller_image/{reseller_id} pq",
  });
}
