import type { operations } from "@imgctl/types";
import type { Scope } from "./context.js";

type WireListQuery = NonNullable<operations["imagesList"]["parameters"]["query"]>;

/** The list filters as callers write them: arrays and objects instead of JSON strings. */
export interface ImageFilters {
  /** Only this visibility. */
  visibility?: WireListQuery["visibility"];
  /** Only images that have every one of these metadata keys. Sent as `metadata_k=["a","b"]`. */
  metadata_k?: readonly string[];
  /** Only images whose metadata has all of these pairs. Sent as `metadata_kv={"env":"prod"}`. */
  metadata_kv?: Readonly<Record<string, string>>;
  /** Add the price fields to each image. */
  include_prices?: boolean;
}

/**
 * The wire form of the list filters, without the path scope. The API takes `metadata_k` /
 * `metadata_kv` as JSON in the query string, and `private` as a flag that any value turns on
 * (so `false` leaves it out).
 */
export function encodeImageFilters(params: (Scope & ImageFilters & { private?: boolean }) | undefined): WireListQuery {
  const { project_id, region_id, private: only, metadata_k, metadata_kv, ...query } = params ?? {};
  const q: WireListQuery = query;
  if (only) q.private = "true";
  if (metadata_k) q.metadata_k = JSON.stringify(metadata_k);
  if (metadata_kv) q.metadata_kv = JSON.stringify(metadata_kv);
  return q;
}
