// An image as the engine sees it, from an API image of either generation (2025-04 `metadata_detailed`, 2026-08
// `tags_v2`, both carrying read_only), the client's neutral tag view, or an engine-shaped snapshot entry. The
// verdicts depend only on the items, so the same image gives the same verdict whichever generation it was read in.
import type { Image } from "@imgctl/types";
import type { Image as Image2026 } from "@imgctl/types/2026-08";
import type { ImageContext, MetadataEntry } from "./types.js";

/** One tag as any generation or view spells it: `read_only` on the wire, `readOnly` in the neutral view. */
type AnyTag = { key: string; value: string; read_only?: boolean; readOnly?: boolean };

/** What `toImageContext` accepts: an API image of either generation, or a snapshot entry with camelCase ids and a map or item list. */
export type ImageLike = Partial<Omit<Image, "metadata">> &
  Partial<Pick<Image2026, "tags_v2">> & {
    projectId?: number;
    regionId?: number;
    metadata?: Record<string, string> | MetadataEntry[];
    /** The neutral tag view (`{key, value, readOnly}`) or a plain tag map. */
    tags?: AnyTag[] | Record<string, string>;
  };

const item = (t: AnyTag): MetadataEntry => ({
  key: t.key,
  value: t.value,
  read_only: t.read_only === true || t.readOnly === true,
});
const fromMap = (map: Record<string, string>): MetadataEntry[] =>
  Object.entries(map).map(([key, value]) => ({ key, value, read_only: false }));

/** The image's items: the detailed lists first (they carry read_only), then a list or map of either name. */
function itemsOf(image: ImageLike): MetadataEntry[] {
  const list =
    image.tags_v2 ??
    image.metadata_detailed ??
    (Array.isArray(image.tags) ? image.tags : Array.isArray(image.metadata) ? image.metadata : undefined);
  if (list) return list.map(item);
  const map = image.metadata ?? image.tags;
  return map && typeof map === "object" ? fromMap(map as Record<string, string>) : [];
}

/** API image (either generation) or an engine-shaped image → ImageContext. */
export function toImageContext(image: ImageLike): ImageContext {
  const ctx: ImageContext = { metadata: itemsOf(image) };
  if (image.id !== undefined) ctx.id = image.id;
  if (image.name !== undefined) ctx.name = image.name;
  const projectId = image.project_id ?? image.projectId;
  const regionId = image.region_id ?? image.regionId;
  if (projectId !== undefined) ctx.projectId = projectId;
  if (regionId !== undefined) ctx.regionId = regionId;
  if (image.visibility !== undefined) ctx.visibility = image.visibility;
  return ctx;
}
