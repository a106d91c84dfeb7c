import type { MetadataItem, MetadataItemList, MetadataMap } from "@imgctl/types";
import type { Context, Scope } from "../context.js";
import type { RequestOptions } from "../options.js";

/** Image metadata (`.../metadata` and `.../metadata_item?key=`). Read-only items refuse changes (403). */
export interface MetadataResource {
  /** Every item of the image, with its `read_only` flag. */
  list(imageId: string, params?: Scope, opts?: RequestOptions): Promise<MetadataItemList>;
  /** Adds or overwrites these items; the others stay. */
  merge(imageId: string, metadata: MetadataMap, params?: Scope, opts?: RequestOptions): Promise<void>;
  /** Replaces all user items with these (read-only items are kept). */
  replace(imageId: string, metadata: MetadataMap, params?: Scope, opts?: RequestOptions): Promise<void>;
  /** One item by key; a missing key is a `NotFoundError`. */
  get(imageId: string, key: string, params?: Scope, opts?: RequestOptions): Promise<MetadataItem>;
  /** Deletes one item by key. */
  delete(imageId: string, key: string, params?: Scope, opts?: RequestOptions): Promise<void>;
}

export function metadataResource(ctx: Context): MetadataResource {
  return ctx.resource({
    list: "GET ~/{image_id}/metadata pS",
    merge: "POST ~/{image_id}/metadata pbS",
    replace: "PUT ~/{image_id}/metadata pbS",
    get: "GET ~/{image_id}/metadata_item pkS",
    delete: "DELETE ~/{image_id}/metadata_item pkS",
  });
}
