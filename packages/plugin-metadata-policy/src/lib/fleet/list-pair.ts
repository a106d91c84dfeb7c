// Every image of one pair, one at a time: 2026-08 pages (`listAll`), 2025-04 answers in one call. The caller folds
// each image into a compact result, so a 2026-08 pair never holds more than one page.
import type { ImagesClient, RequestOptions } from "@imgctl/client";
import { toImageContext, type ImageContext, type ImageLike } from "@imgctl/metadata-policy/engine";
import { eachVisibleImage } from "../generation.js";
import type { Pair } from "./selection.js";

/** The list calls of a fleet: more retries than a one-off command (429s are expected at fleet pace), abortable. */
export interface ListOptions {
  owned?: boolean;
  maxRetries: number;
  signal: AbortSignal;
}

export async function* listPair(
  client: ImagesClient,
  [project, region]: Pair,
  o: ListOptions,
): AsyncGenerator<ImageContext> {
  const scope = { project_id: project, region_id: region };
  const opts: RequestOptions = { maxRetries: o.maxRetries, signal: o.signal };
  const images = o.owned ? (await client.images.listOwned(scope, opts)).results : eachVisibleImage(client, scope, opts);
  for await (const image of images) yield toImageContext(image as ImageLike);
}
