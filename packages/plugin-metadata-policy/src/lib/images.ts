// The images a command judges: from the API (live), or from an offline snapshot file (CI without credentials).
import { readFileSync } from "node:fs";
import type { ImagesClient } from "@imgctl/client";
import { toImageContext, type ImageContext, type ImageLike } from "@imgctl/metadata-policy/engine";
import { EXIT } from "@imgctl/cli-core";
import { ExitCodeError } from "./exit-error.js";
import { listEveryImage } from "./generation.js";
import { parseSnapshotText } from "./snapshot-text.js";

/** A snapshot (JSON, or YAML): an `imgctl images list --json` answer ({count, results}), `{images: [...]}`, or an array;
 * its images may be of either API generation (2025-04 `metadata_detailed`, 2026-08 `tags_v2`). */
export function readSnapshot(file: string): ImageContext[] {
  let data: unknown;
  try {
    data = parseSnapshotText(file, readFileSync(file, "utf8"));
  } catch (e) {
    throw new ExitCodeError(`cannot read snapshot ${file}: ${(e as Error).message.split("\n")[0]}`, EXIT.usage);
  }
  const list = Array.isArray(data)
    ? data
    : data && typeof data === "object" && Array.isArray((data as { results?: unknown }).results)
      ? (data as { results: unknown[] }).results
      : data && typeof data === "object" && Array.isArray((data as { images?: unknown }).images)
        ? (data as { images: unknown[] }).images
        : undefined;
  if (!list)
    throw new ExitCodeError(
      `snapshot ${file}: expected an array of images, {results: [...]} or {images: [...]}`,
      EXIT.usage,
    );
  return list.map((i) => toImageContext(i as ImageLike));
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
    return images.map((i) => toImageContext(i as ImageLike));
  }
  const list = q.owned ? (await client.images.listOwned(scope)).results : await listEveryImage(client, scope);
  return list.map((i) => toImageContext(i as ImageLike));
}
