// Statements prepared on first use. A one-shot CLI run (`imgctl images list` on the local
// profile) opens the database, answers one request and exits: preparing the ~25 statements of
// every store up front cost more than the query it needed.
import type { Statement } from "better-sqlite3";
import type { Db } from "./db.js";

export type LazyStatement = Pick<Statement, "get" | "all" | "run">;

export function lazyStatement(db: Db, sql: string, options: { pluck?: boolean } = {}): LazyStatement {
  let statement: Statement | undefined;
  const prepared = (): Statement => (statement ??= options.pluck ? db.prepare(sql).pluck() : db.prepare(sql));
  return {
    get: (...params: unknown[]) => prepared().get(...params),
    all: (...params: unknown[]) => prepared().all(...params),
    run: (...params: unknown[]) => prepared().run(...params),
  };
}
