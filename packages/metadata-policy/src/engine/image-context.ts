// An image as the engine sees it, from an API image (metadata_detailed carries read_only) or an engine-shaped one.
import type { Image } from "@imgctl/types";
import type { ImageContext, MetadataEntry } from "./types.js";

/** What `toImageContext` accepts: an API image, or a snapshot entry with camelCase ids and a map or item list. */
export type ImageLike = Partial<Image> & { projectId?: number; regionId?: number; metadata?: Record<string, string> | MetadataEntry[] };

/** API image (metadata_detailed carries read_only) or an engine-shaped image → ImageContext. */
export function toImageContext(image: ImageLike): ImageContext {
  const md = image.metadata_detailed
    ? image.metadata_detailed.map((m) => ({ key: m.key, value: m.value, read_only: m.read_only === true }))
    : Array.isArray(image.metadata)
      ? image.metadata.map((m) => ({ key: m.key, value: m.value, read_only: m.read_only === true }))
      : Object.entries(image.metadata ?? {}).map(([key, value]) => ({ key, value, read_only: false }));
  const ctx: ImageContext = { metadata: md };
  if (image.id !== undefined) ctx.id = image.id;
  if (image.name !== undefined) ctx.name = image.name;
  const projectId = image.project_id ?? image.projectId;
  const regionId = image.region_id ?? image.regionId;
  if (projectId !== undefined) ctx.projectId = projectId;
  if (regionId !== undefined) ctx.regionId = regionId;
  if (image.visibility !== undefined) ctx.visibility = image.visibility;
  return ctx;
}
