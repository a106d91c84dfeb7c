// Serialized images by (id, version): a list of a hundred images then costs one narrow index
// query plus string joins, instead of materializing 32 columns per row and re-serializing.
import type { Store } from "./store/index.js";
import type { ImageRef } from "./store/images.js";
import type { ImageRow, MetadataEntry } from "./store/rows.js";
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
    return row && this.add(row);
  }

  /**
   * The docs of listed images, in the order of `refs` (undefined where an image is gone). The
   * misses are read with ONE statement: a process that lists once (the CLI's in-process emulator)
   * always starts cold, and a thousand single-row queries were most of its list time.
   */
  getMany(refs: readonly ImageRef[]): (ImageDoc | undefined)[] {
    const out: (ImageDoc | undefined)[] = new Array(refs.length);
    const missing: number[] = [];
    refs.forEach((ref, i) => {
      const cached = this.docs.get(ref.id);
      if (cached && cached.version === ref.version) out[i] = cached;
      else missing.push(i);
    });
    if (missing.length === 1) {
      const ref = refs[missing[0]!]!;
      out[missing[0]!] = this.get(ref.id, ref.version);
    } else if (missing.length > 1) {
      const fresh = new Map<string, ImageDoc>();
      for (const row of this.store.images.getMany(missing.map((i) => refs[i]!.id))) fresh.set(row.id, this.add(row));
      for (const i of missing) out[i] = fresh.get(refs[i]!.id);
    }
    return out;
  }

  private add(row: ImageRow): ImageDoc {
    const items = parseMetadata(row);
    const regionName = this.store.directory.regions.get(row.region_id) ?? "";
    const doc = { version: row.version, visibility: row.visibility, items, json: JSON.stringify(imageView(row, regionName, false, items)) };
    if (this.docs.size >= MAX_ENTRIES) this.docs.clear();
    this.docs.set(row.id, doc);
    return doc;
  }
}
