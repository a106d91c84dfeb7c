// Idempotency keys for the asynchronous writes: a create or delete re-sent with the same
// `Idempotency-Key` header (same caller) returns the original answer instead of a new task.
import type { Db } from "./db.js";
import { lazyStatement } from "./lazy.js";

/** What an asynchronous write answered: the ids of the tasks it started. */
interface TaskIds {
  tasks: string[];
}

export class IdempotencyStore {
  private readonly find;
  private readonly insert;

  constructor(db: Db) {
    this.find = lazyStatement(db, "SELECT operation, response FROM idempotency_keys WHERE principal = ? AND key = ?");
    this.insert = lazyStatement(
      db,
      "INSERT INTO idempotency_keys (principal, key, operation, response, created_ms) VALUES (?, ?, ?, ?, ?)",
    );
  }

  get(principal: string, key: string): { operation: string; response: TaskIds } | undefined {
    const row = this.find.get(principal, key) as { operation: string; response: string } | undefined;
    return row && { operation: row.operation, response: JSON.parse(row.response) };
  }

  /** Call inside the transaction that performs the write. */
  remember(principal: string, key: string, operation: string, response: TaskIds, nowMs: number): void {
    this.insert.run(principal, key, operation, JSON.stringify(response), nowMs);
  }
}
