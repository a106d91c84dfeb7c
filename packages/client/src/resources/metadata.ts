import type { MetadataItem, MetadataItemList, MetadataMap } from "@imgctl/types";
import { callInit, scope, unwrap, type Context, type Scope } from "../context.js";
import type { RequestOptions } from "../options.js";

const PATH = "/v1/images/{project_id}/{region_id}/{image_id}/metadata" as const;
const ITEM = "/v1/images/{project_id}/{region_id}/{image_id}/metadata_item" as const;

/** Image metadata (`.../metadata` and `.../metadata_item?key=`). Read-only items refuse changes (403). */
export class MetadataResource {
  readonly #ctx: Context;

  constructor(ctx: Context) {
    this.#ctx = ctx;
  }

  /** Every item of the image, with its `read_only` flag. */
  async list(imageId: string, params?: Scope, opts?: RequestOptions): Promise<MetadataItemList> {
    return unwrap(
      await this.#ctx.raw.GET(PATH, { params: { path: this.#path(imageId, params) }, ...callInit(this.#ctx, opts) }),
    );
  }

  /** Adds or overwrites these items; the others stay. */
  async merge(imageId: string, metadata: MetadataMap, params?: Scope, opts?: RequestOptions): Promise<void> {
    unwrap(
      await this.#ctx.raw.POST(PATH, {
        params: { path: this.#path(imageId, params) },
        body: metadata,
        ...callInit(this.#ctx, opts),
      }),
    );
  }

  /** Replaces all user items with these (read-only items are kept). */
  async replace(imageId: string, metadata: MetadataMap, params?: Scope, opts?: RequestOptions): Promise<void> {
    unwrap(
      await this.#ctx.raw.PUT(PATH, {
        params: { path: this.#path(imageId, params) },
        body: metadata,
        ...callInit(this.#ctx, opts),
      }),
    );
  }

  /** One item by key; a missing key is a `NotFoundError`. */
  async get(imageId: string, key: string, params?: Scope, opts?: RequestOptions): Promise<MetadataItem> {
    return unwrap(
      await this.#ctx.raw.GET(ITEM, {
        params: { path: this.#path(imageId, params), query: { key } },
        ...callInit(this.#ctx, opts),
      }),
    );
  }

  /** Deletes one item by key. */
  async delete(imageId: string, key: string, params?: Scope, opts?: RequestOptions): Promise<void> {
    unwrap(
      await this.#ctx.raw.DELETE(ITEM, {
        params: { path: this.#path(imageId, params), query: { key } },
        ...callInit(this.#ctx, opts),
      }),
    );
  }

  #path(imageId: string, params: Scope | undefined) {
    return { ...scope(this.#ctx, params), image_id: imageId };
  }
}
