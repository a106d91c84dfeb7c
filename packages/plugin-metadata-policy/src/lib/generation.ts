// What the policy commands need to know about the client's API generation, in one place: which one it speaks, every
// image of a 2026-08 list (it pages: one call returns at most 1,000) and a 2026-08 tag write (a PATCH merge patch).
import type { ImagesClient, RequestOptions } from "@imgctl/client";
import type { ApiVersion, Image } from "@imgctl/types";
import type { FixStrategy } from "@imgctl/metadata-policy/engine";

type Scope = { project_id: number; region_id: number };

/** The 2026-08 image methods the commands use; the CLI's client is typed as the 2025-04 one. */
interface Images2026 {
  listAll(params: Scope, opts?: RequestOptions): AsyncIterable<Image>;
  update(imageId: string, params: Scope & { tags: Record<string, string | null> }): Promise<unknown>;
}

/** The generation the client speaks (a client without the property predates generations: 2025-04). */
const generationOf = (client: ImagesClient): ApiVersion =>
  (client as { apiVersion?: ApiVersion }).apiVersion ?? "2025-04";

/** How a fix is sent unless asked otherwise: each generation's own tag write (2026-08 deprecates /metadata). */
export const defaultStrategy = (apiVersion: ApiVersion): FixStrategy => (apiVersion === "2026-08" ? "patch" : "merge");

/** Every visible image, one at a time: one list in 2025-04 (no paging), page by page in 2026-08 (never more than a
 * page held here). */
export async function* eachVisibleImage(
  client: ImagesClient,
  scope: Scope,
  opts?: RequestOptions,
): AsyncGenerator<unknown> {
  if (generationOf(client) !== "2026-08") {
    yield* (await client.images.list(scope, opts)).results;
    return;
  }
  yield* (client.images as unknown as Images2026).listAll(scope, opts);
}

/** Every visible image, in one array. */
export async function listEveryImage(client: ImagesClient, scope: Scope): Promise<unknown[]> {
  const all: unknown[] = [];
  for await (const image of eachVisibleImage(client, scope)) all.push(image);
  return all;
}

/** A 2026-08 PATCH of the image's tags (a null value deletes the key). */
export async function patchTags(
  client: ImagesClient,
  imageId: string,
  tags: Record<string, string | null>,
  scope: Scope,
): Promise<void> {
  await (client.images as unknown as Images2026).update(imageId, { ...scope, tags });
}
