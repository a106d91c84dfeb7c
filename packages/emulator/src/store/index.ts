// The store: one SQLite connection plus the query objects over it.
import { openDatabase, type Db } from "./db.js";
import { Directory } from "./directory.js";
import { IdempotencyStore } from "./idempotency.js";
import { ImageStore } from "./images.js";
import { ShareStore } from "./shares.js";
import { TaskStore } from "./tasks.js";
import type { VolumeRow } from "./rows.js";

export class Store {
  readonly directory: Directory;
  readonly images: ImageStore;
  readonly shares: ShareStore;
  readonly tasks: TaskStore;
  readonly idempotency: IdempotencyStore;
  private readonly volumeStmt;
  private readonly dataVersionStmt;
  private lastDataVersion: unknown;

  constructor(readonly db: Db) {
    this.directory = new Directory(db);
    this.images = new ImageStore(db);
    this.shares = new ShareStore(db);
    this.tasks = new TaskStore(db);
    this.idempotency = new IdempotencyStore(db);
    this.volumeStmt = db.prepare("SELECT * FROM volumes WHERE id = ?");
    this.dataVersionStmt = db.prepare("PRAGMA data_version").pluck();
    this.lastDataVersion = this.dataVersionStmt.get();
  }

  /** Another process (e.g. `imgctl emulator start` on the same file) committed: drop the
   * in-memory caches built from the database. Cheap; called before each request. */
  syncWithOtherWriters(): void {
    const version = this.dataVersionStmt.get();
    if (version === this.lastDataVersion) return;
    this.lastDataVersion = version;
    this.shares.invalidate();
  }

  static open(file: string, seed: (db: Db) => void): Store {
    const db = openDatabase(file);
    seed(db);
    return new Store(db);
  }

  volume(id: string): VolumeRow | undefined {
    return this.volumeStmt.get(id) as VolumeRow | undefined;
  }

  /** Runs `fn` in one write transaction (IMMEDIATE, so concurrent processes queue instead of failing). */
  write<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
