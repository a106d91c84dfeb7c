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

const METADATA = "/v1/images/{project_id}/{region_id}/{image_id}/metadata";
const ITEM = `${METADATA}_item`;

export function metadataResource({ call, scope }: Context): MetadataResource {
  return {
    list: async (id, p, o) => call("GET", METADATA, { path: scope(p, id) }, o),
    merge: async (id, md, p, o) => call("POST", METADATA, { path: scope(p, id) }, o, md),
    replace: async (id, md, p, o) => call("PUT", METADATA, { path: scope(p, id) }, o, md),
    get: async (id, key, p, o) => call("GET", ITEM, { path: scope(p, id), query: { key } }, o),
    delete: async (id, key, p, o) => call("DELETE", ITEM, { path: scope(p, id), query: { key } }, o),
  };
}
