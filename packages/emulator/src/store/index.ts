// The store: one SQLite connection plus the query objects over it.
import { openDatabase, type Db } from "./db.js";
import { Directory } from "./directory.js";
import { IdempotencyStore } from "./idempotency.js";
import { ImageStore } from "./images.js";
import { ShareStore } from "./shares.js";
import { TaskStore } from "./tasks.js";
import type { VolumeRow } from "./rows.js";
import { lazyStatement } from "./lazy.js";

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
    this.volumeStmt = lazyStatement(db, "SELECT * FROM volumes WHERE id = ?");
    this.dataVersionStmt = lazyStatement(db, "PRAGMA data_version", { pluck: true });
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

  /**
   * Runs `fn` atomically (its own savepoint: all or nothing) inside the current group commit.
   * Writes that arrive together (same turn of the event loop) share one COMMIT, hence one fsync
   * with synchronous=FULL; callers answer only after `committed()` resolves, so nothing is
   * acknowledged before it is durable.
   */
  write<T>(fn: () => T): T {
    // In memory there is no fsync to share: plain transactions, committed at once.
    if (this.db.memory) return this.db.transaction(fn).immediate();
    if (!this.batch) this.openBatch();
    return this.db.transaction(fn)();
  }

  /** Resolves when every write made so far is committed; rejects if that commit failed. */
  committed(): Promise<void> {
    return this.batch ?? Promise.resolve();
  }

  private batch: Promise<void> | null = null;

  private openBatch(): void {
    // IMMEDIATE: another process holding the lock makes us wait (busy_timeout), not fail later.
    this.db.exec("BEGIN IMMEDIATE");
    const batch: Promise<void> = new Promise<void>((resolve, reject) => {
      setImmediate(() => {
        if (this.batch === batch) this.batch = null;
        // close() may have committed it already.
        if (!this.db.open || !this.db.inTransaction) return resolve();
        try {
          this.db.exec("COMMIT");
          resolve();
        } catch (error) {
          try {
            if (this.db.inTransaction) this.db.exec("ROLLBACK");
          } catch {
            // the connection is unusable; the error below is what the callers report
          }
          reject(error);
        }
      });
    });
    batch.catch(() => {}); // the requests awaiting it report the failure
    this.batch = batch;
  }

  close(): void {
    if (!this.db.open) return;
    if (this.db.inTransaction) this.db.exec("COMMIT");
    this.batch = null;
    this.db.close();
  }
}
