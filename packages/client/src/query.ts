import type { operations } from "@imgctl/types";

type WireListQuery = NonNullable<operations["imagesList"]["parameters"]["query"]>;

/** The list filters as callers write them: arrays and objects instead of JSON strings. */
export interface ImageFilters {
  /** Only these visibilities. */
  visibility?: WireListQuery["visibility"];
  /** Only images that have every one of these metadata keys. Sent as `metadata_k=["a","b"]`. */
  metadata_k?: readonly string[];
  /** Only images whose metadata has all of these pairs. Sent as `metadata_kv={"env":"prod"}`. */
  metadata_kv?: Readonly<Record<string, string>>;
  /** Add the price fields to each image. */
  include_prices?: boolean;
}

/**
 * The wire form of the filters: the API takes `metadata_k` / `metadata_kv` as JSON in the query
 * string, and `private` as a flag that any value turns on (so `false` means "leave it out").
 */
export function encodeImageFilters(f: ImageFilters & { private?: boolean }): WireListQuery {
  const q: WireListQuery = {};
  if (f.visibility !== undefined) q.visibility = f.visibility;
  if (f.private) q.private = "true";
  if (f.metadata_k !== undefined) q.metadata_k = JSON.stringify(f.metadata_k);
  if (f.metadata_kv !== undefined) q.metadata_kv = JSON.stringify(f.metadata_kv);
  if (f.include_prices !== undefined) q.include_prices = f.include_prices;
  return q;
}
