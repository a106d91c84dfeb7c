// Every image of one pair, one at a time: 2026-08 pages (`listAll`), 2025-04 answers in one call. The caller folds
// each image into a compact result, so a 2026-08 pair never holds more than one page.
import type { ImagesClient, RequestOptions } from "@imgctl/client";
import { toImageContext, type ImageContext, type ImageLike } from "@imgctl/metadata-policy/engine";
import type { Pair } from "./selection.js";

interface Images2026 {
  listAll(params: object, opts?: RequestOptions): AsyncIterable<unknown>;
}

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
  const is2026 = (client as { apiVersion?: string }).apiVersion === "2026-08";
  if (o.owned || !is2026) {
    const page = o.owned ? await client.images.listOwned(scope, opts) : await client.images.list(scope, opts);
    for (const image of page.results) yield toImageContext(image as ImageLike);
    return;
  }
  for await (const image of (client.images as unknown as Images2026).listAll(scope, opts))
    yield toImageContext(image as ImageLike);
}
