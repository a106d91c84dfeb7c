// Images as the engine sees them: from the API (live), or from an offline snapshot file (CI without credentials).
import { readFileSync } from "node:fs";
import type { Image } from "@imgctl/types";
import type { ImagesClient } from "@imgctl/client";
import { parse } from "yaml";
import type { ImageContext, MetadataEntry } from "../engine/types.js";
import { ExitCodeError, EXIT } from "./exit.js";

type Loose = Partial<Image> & { projectId?: number; regionId?: number; metadata?: Record<string, string> | MetadataEntry[] };

/** API image (metadata_detailed carries read_only) or an engine-shaped image → ImageContext. */
export function toImageContext(image: Loose): ImageContext {
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

/** A snapshot: an `imgctl images list --json` answer ({count, results}), `{images: [...]}`, or an array. */
export function readSnapshot(file: string): ImageContext[] {
  let data: unknown;
  try {
    data = parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new ExitCodeError(`cannot read snapshot ${file}: ${(e as Error).message.split("\n")[0]}`, EXIT.invalid);
  }
  const list = Array.isArray(data)
    ? data
    : data && typeof data === "object" && Array.isArray((data as { results?: unknown }).results)
      ? (data as { results: unknown[] }).results
      : data && typeof data === "object" && Array.isArray((data as { images?: unknown }).images)
        ? (data as { images: unknown[] }).images
        : undefined;
  if (!list) throw new ExitCodeError(`snapshot ${file}: expected an array of images, {results: [...]} or {images: [...]}`, EXIT.invalid);
  return list.map((i) => toImageContext(i as Loose));
}

export interface LiveQuery {
  projectId: number;
  regionId: number;
  imageIds?: string[];
  /** Only the project's own images (what `fix` may change). */
  owned?: boolean;
}

export async function fetchImages(client: ImagesClient, q: LiveQuery): Promise<ImageContext[]> {
  const scope = { project_id: q.projectId, region_id: q.regionId };
  if (q.imageIds && q.imageIds.length > 0) {
    const images = await Promise.all(q.imageIds.map((id) => client.images.get(id, scope)));
    return images.map(toImageContext);
  }
  const list = q.owned ? await client.images.listOwned(scope) : await client.images.list(scope);
  return list.results.map(toImageContext);
}
