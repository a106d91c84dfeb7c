import type { ResellerImage, ResellerImageList } from "@imgctl/types";
import { callInit, unwrap, type Context } from "../context.js";
import type { RequestOptions } from "../options.js";

/**
 * Reseller image limits (`/v1/reseller_image`), the older reseller-only form of shared-image records.
 * @deprecated Use `client.sharedImages` with `entity_type: "reseller"`.
 */
export class ResellerImagesResource {
  readonly #ctx: Context;

  constructor(ctx: Context) {
    this.#ctx = ctx;
  }

  /**
   * The reseller's records, one per region.
   * @deprecated Use `client.sharedImages.get({ entity_type: "reseller", entity_id })`.
   */
  async get(resellerId: number, opts?: RequestOptions): Promise<ResellerImageList> {
    return unwrap(
      await this.#ctx.raw.GET("/v1/reseller_image/{reseller_id}", {
        params: { path: { reseller_id: resellerId } },
        ...callInit(this.#ctx, opts),
      }),
    );
  }

  /**
   * Creates or replaces the reseller's record in a region.
   * @deprecated Use `client.sharedImages.set({ entity_type: "reseller", entity_id, region_id, image_ids })`.
   */
  async set(body: ResellerImage, opts?: RequestOptions): Promise<ResellerImage> {
    return unwrap(await this.#ctx.raw.PUT("/v1/reseller_image", { body, ...callInit(this.#ctx, opts) }));
  }

  /**
   * Deletes the reseller's records (in one region, or all); its clients see all public images again.
   * @deprecated Use `client.sharedImages.delete({ entity_type: "reseller", entity_id })`.
   */
  async delete(resellerId: number, params?: { region_id?: number }, opts?: RequestOptions): Promise<void> {
    unwrap(
      await this.#ctx.raw.DELETE("/v1/reseller_image/{reseller_id}", {
        params: { path: { reseller_id: resellerId }, query: params },
        ...callInit(this.#ctx, opts),
      }),
    );
  }
}
