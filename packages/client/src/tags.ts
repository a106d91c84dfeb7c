import type { Image } from "@imgctl/types";
import type { Image as Image2026_08 } from "@imgctl/types/2026-08";
import { ImagesClientError } from "./errors.js";

/** One tag of an image, the same whichever generation the image was read in. */
export interface ImageTag {
  key: string;
  value: string;
  /** Set by the system (e.g. on public images): users cannot change or delete it. */
  readOnly: boolean;
}

/**
 * An image's tags, generation-neutral: 2025-04 images carry them as `metadata_detailed`, 2026-08
 * images as `tags_v2`, both `{ key, value, read_only }`. Code above the client reads this instead
 * of either field, so it never branches on the shape. An image with neither field (another
 * server's shape) is an error, never an empty list that would read as "no tags".
 */
export function imageTags(image: Image | Image2026_08): ImageTag[] {
  const items = "tags_v2" in image ? image.tags_v2 : "metadata_detailed" in image ? image.metadata_detailed : undefined;
  if (!Array.isArray(items))
    throw new ImagesClientError(`Image ${image.id} has neither tags_v2 (2026-08) nor metadata_detailed (2025-04)`);
  return items.map(({ key, value, read_only }) => ({ key, value, readOnly: read_only }));
}
