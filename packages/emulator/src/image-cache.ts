// Serialized images by (id, version): a list of a hundred images then costs one narrow index
// query plus string joins, instead of materializing 32 columns per row and re-serializing.
import type { Store } from "./store/index.js";
import type { MetadataEntry } from "./store/rows.js";
import { imageView, parseMetadata } from "./view.js";

export interface ImageDoc {
  version: number;
  visibility: string;
  items: MetadataEntry[];
  /** The Image as JSON, without the price fields. */
  json: string;
}

const MAX_ENTRIES = 200_000;

export class ImageDocCache {
  private readonly docs = new Map<string, ImageDoc>();

  constructor(private readonly store: Store) {}

  get(id: string, version: number): ImageDoc | undefined {
    const cached = this.docs.get(id);
    if (cached && cached.version === version) return cached;
    const row = this.store.images.get(id);
    if (!row) return undefined;
    const items = parseMetadata(row);
    const regionName = this.store.directory.regions.get(row.region_id) ?? "";
    const doc = { version: row.version, visibility: row.visibility, items, json: JSON.stringify(imageView(row, regionName, false, items)) };
    if (this.docs.size >= MAX_ENTRIES) this.docs.clear();
    this.docs.set(id, doc);
    return doc;
  }
}
