// Serialized images by (id, version): a list of a hundred images then costs one narrow index
// query plus string joins, instead of materializing 32 columns per row and re-serializing.
// The JSON comes from SQLite (store/image-json.ts); the metadata items are parsed out of it only
// when a list filter or include_prices asks for them.
import type { Store } from "../store/index.js";
import type { ImageJsonRow } from "../store/image-json.js";
import type { ImageRef, JsonShape } from "../store/images.js";
import type { MetadataEntry } from "../store/rows.js";

/** The fields the 2026-08 list filters read. */
interface FilterFields {
  name: string;
  os_distro: string;
  os_version: string;
  architecture: string;
  metadata_detailed: MetadataEntry[];
}

export class ImageDoc {
  readonly version: number;
  readonly visibility: string;
  readonly isBaremetal: boolean;
  /** An uploaded image still `saving` after its task finished: listing it counts as a look. */
  readonly settling: boolean;
  /** The Image as JSON in the cache's shape (the generation the emulator speaks), without prices. */
  readonly json: string;
  private parsed: (FilterFields & Record<string, unknown>) | undefined;

  constructor(row: ImageJsonRow) {
    this.version = row.version;
    this.visibility = row.visibility;
    this.isBaremetal = row.is_baremetal === 1;
    this.settling = row.settling === 1;
    this.json = row.json;
  }

  /** The image's metadata_detailed. */
  get items(): MetadataEntry[] {
    return this.fields.metadata_detailed ?? this.fields.tags_v2 ?? [];
  }

  /** The image parsed (once), for the filters that read its fields. */
  get fields(): FilterFields & Record<string, unknown> {
    this.parsed ??= JSON.parse(this.json) as FilterFields & Record<string, unknown>;
    return this.parsed;
  }
}

const MAX_ENTRIES = 200_000;

export class ImageDocCache {
  private readonly docs = new Map<string, ImageDoc>();

  /** `shape`: the Image shape this cache serializes (an emulator speaks one generation). */
  constructor(
    private readonly store: Store,
    private readonly shape: JsonShape = "2025-04",
  ) {}

  get(id: string, version: number): ImageDoc | undefined {
    const cached = this.docs.get(id);
    if (cached && cached.version === version) return cached;
    const row = this.store.images.json(id, this.shape);
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
      for (const row of this.store.images.jsonMany(
        missing.map((i) => refs[i]!.id),
        this.shape,
      ))
        fresh.set(row.id, this.add(row));
      for (const i of missing) out[i] = fresh.get(refs[i]!.id);
    }
    return out;
  }

  private add(row: ImageJsonRow): ImageDoc {
    const doc = new ImageDoc(row);
    if (this.docs.size >= MAX_ENTRIES) this.docs.clear();
    this.docs.set(row.id, doc);
    return doc;
  }
}
