// The image lists of recent scopes, kept while the database is unchanged. A 2026-08 client reads a
// pair's images a page (1,000) at a time, and each page needs the whole list (the `count`, the
// bare-metal split, the filters): without this, a project of 5,000 images is read from SQLite five
// times — most of the emulator's time in a fleet scan (a CPU profile: 55 % in that statement).
import type { Db } from "./db.js";
import type { ImageRef } from "./images.js";
import { lazyStatement } from "./lazy.js";

/** Past this many references in all, the oldest lists are dropped. */
const MAX_REFS = 200_000;

export class ListCache {
  private readonly lists = new Map<string, readonly ImageRef[]>();
  private refs = 0;
  private stamp: string | undefined;
  // data_version moves when another connection commits, total_changes() with every row this one
  // writes (committed, pending or rolled back): while both stay put, no list can have changed.
  private readonly stampStmt;

  constructor(private readonly db: Db) {
    this.stampStmt = lazyStatement(
      db,
      "SELECT (SELECT data_version FROM pragma_data_version()) || '/' || total_changes()",
      { pluck: true },
    );
  }

  /** The list under `key`, read with `load` unless the database is unchanged since it was cached. */
  get(key: string, load: () => readonly ImageRef[]): readonly ImageRef[] {
    // Inside a transaction the rows may yet be rolled back: read them, but do not keep them.
    if (this.db.inTransaction) return load();
    const stamp = this.stampStmt.get() as string;
    if (stamp !== this.stamp) {
      this.lists.clear();
      this.refs = 0;
      this.stamp = stamp;
    }
    const cached = this.lists.get(key);
    if (cached) {
      // Most recently used last: the eviction below drops from the front.
      this.lists.delete(key);
      this.lists.set(key, cached);
      return cached;
    }
    const list = load();
    this.lists.set(key, list);
    this.refs += list.length;
    for (const [oldKey, old] of this.lists) {
      if (this.refs <= MAX_REFS || oldKey === key) break;
      this.lists.delete(oldKey);
      this.refs -= old.length;
    }
    return list;
  }
}
