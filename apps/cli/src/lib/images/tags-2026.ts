// Tag reads and writes in API 2026-08, where an image's tags are written with one PATCH of the image whose `tags` is a
// JSON Merge Patch (a value sets, null deletes, unnamed keys stay, read-only tags are kept), and read from the image.
// The `/metadata` endpoints remain but are deprecated there: the commands use them only when asked to.
import type { ImagesClient } from "@imgctl/client";
import type { Image, MetadataItem, MetadataWriteItem } from "@imgctl/types";
import { Flags } from "@oclif/core";
import { tagView } from "./render.js";

type Scope = { project_id: number; region_id: number };
export type TagPatch = Record<string, string | null>;

/** `--deprecated-endpoint`: in 2026-08, write through /metadata (as in 2025-04) instead of the image's PATCH. */
export const deprecatedEndpointFlag = Flags.boolean({
  summary: "API 2026-08: write through the deprecated /metadata endpoints instead of PATCH",
});

/** The 2026-08 tag methods of the client (the CLI's client is typed as the 2025-04 one). */
const tags = (client: ImagesClient) =>
  (client.images as unknown as { tags: { patch(id: string, patch: TagPatch | null, params: Scope): Promise<Image> } })
    .tags;

/** Sends one PATCH with the merge patch and answers the image's items after it. */
export async function patchTags(
  client: ImagesClient,
  imageId: string,
  patch: TagPatch,
  params: Scope,
): Promise<MetadataItem[]> {
  const image = await tags(client).patch(imageId, patch, params);
  return itemsOf(image);
}

/** The image's tags as the items `images metadata list` shows in both generations, sorted by key. */
export function itemsOf(image: Image): MetadataItem[] {
  return tagView(image)
    .map((t) => ({ key: t.key, value: t.value, read_only: t.readOnly }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** `replace` as one merge patch: the new pairs, and null for every other user key (read-only tags stay anyway). */
export function replacePatch(before: MetadataWriteItem[], pairs: Record<string, string>): TagPatch {
  const patch: TagPatch = {};
  for (const item of before) if (!item.read_only && !Object.hasOwn(pairs, item.key)) patch[item.key] = null;
  return { ...patch, ...pairs };
}

/** The image body's field that carries tags: 2026-08 renamed `metadata` to `tags` (create, upload, update). */
export function withTags<B extends object>(body: B, apiVersion: string, tagsMap: Record<string, string>): B {
  const { metadata: _old, ...rest } = body as B & { metadata?: unknown };
  return (apiVersion === "2026-08" ? { ...rest, tags: tagsMap } : { ...rest, metadata: tagsMap }) as B;
}
