// Opens the SQLite file with the durability settings the emulator promises: WAL and
// synchronous=FULL (better-sqlite3 would otherwise default WAL databases to NORMAL).
import { createRequire } from "node:module";
import type BetterSqlite3 from "better-sqlite3";
import { migrate } from "./migrations.js";

// Required, not imported: an ESM import of a CommonJS package makes Node scan its sources for
// named exports first (cjs-module-lexer), ≈ 15 ms of every start of the CLI's local profile.
const Database = createRequire(import.meta.url)("better-sqlite3") as typeof BetterSqlite3;

export type Db = BetterSqlite3.Database;

export function openDatabase(file: string): Db {
  const db = new Database(file);
  if (file !== ":memory:") db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  // A writer in another process (e.g. `imgctl emulator start` on the same file) holds the lock for
  // milliseconds; past a second the request gets a retryable 503 instead of hanging.
  db.pragma("busy_timeout = 1000");
  migrate(db);
  return db;
}
