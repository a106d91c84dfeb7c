import { existsSync, rmSync, statSync } from "node:fs";

/** The SQLite database and its WAL side files. */
function dbFiles(db: string): string[] {
  return [db, `${db}-wal`, `${db}-shm`];
}

/** Bytes on disk of the database with its side files; null when it does not exist yet. */
export function dbSize(db: string): number | null {
  if (!existsSync(db)) return null;
  return dbFiles(db)
    .filter((f) => existsSync(f))
    .reduce((sum, f) => sum + statSync(f).size, 0);
}

export function removeDb(db: string): void {
  for (const f of dbFiles(db)) rmSync(f, { force: true });
}
