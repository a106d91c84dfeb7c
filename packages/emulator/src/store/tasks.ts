// Task rows. State changes happen inside the caller's transaction.
import type { Db } from "./db.js";
import type { TaskRow } from "./rows.js";
import { lazyStatement } from "./lazy.js";
import { type TaskFilter, taskWhere } from "./task-queries.js";

export type { TaskFilter };

export interface TaskPage {
  count: number;
  rows: TaskRow[];
}

export class TaskStore {
  private readonly insertStmt;
  private readonly byId;
  private readonly unfinishedStmt;
  private readonly setStateStmt;
  private readonly pollStmt;

  private readonly acknowledgeStmt;

  constructor(private readonly db: Db) {
    this.insertStmt = lazyStatement(
      db,
      `INSERT INTO tasks (id, task_type, state, project_id, region_id, client_id, user_id,
      image_id, data, request_id, created_ms, created_on, updated_on)
      VALUES (@id, @task_type, 'NEW', @project_id, @region_id, @client_id, @user_id, @image_id, @data, @request_id,
      @created_ms, @created_on, @created_on)`,
    );
    this.byId = lazyStatement(db, "SELECT * FROM tasks WHERE id = ?");
    this.unfinishedStmt = lazyStatement(
      db,
      "SELECT * FROM tasks WHERE state IN ('NEW', 'RUNNING') ORDER BY created_ms",
    );
    this.setStateStmt = lazyStatement(
      db,
      `UPDATE tasks SET state = @state, updated_on = @now, error = @error,
      created_resources = @created_resources, finished_on = CASE WHEN @state IN ('FINISHED','ERROR') THEN @now END
      WHERE id = @id`,
    );
    this.pollStmt = lazyStatement(db, "UPDATE tasks SET polls = polls + 1 WHERE id = ? RETURNING polls", {
      pluck: true,
    });
    this.acknowledgeStmt = lazyStatement(
      db,
      `UPDATE tasks SET acknowledged_at = @now, acknowledged_by = @userId
      WHERE id = @id AND acknowledged_at IS NULL`,
    );
  }

  /** One page of the matching tasks, by creation time (ties in insertion order), and how many match in all. */
  list(filter: TaskFilter, page: { order: "asc" | "desc"; limit: number; offset: number }): TaskPage {
    const where = taskWhere(filter);
    const count = this.db.prepare(`SELECT count(*) FROM tasks ${where.sql}`).pluck().get(where.params) as number;
    const direction = page.order === "asc" ? "ASC" : "DESC";
    const rows = this.db
      .prepare(
        `SELECT * FROM tasks ${where.sql} ORDER BY created_ms ${direction}, rowid ${direction} LIMIT @limit OFFSET @offset`,
      )
      .all({ ...where.params, limit: page.limit, offset: page.offset }) as TaskRow[];
    return { count, rows };
  }

  /** Marks a task acknowledged by a user; a task acknowledged before keeps its first acknowledgement. */
  acknowledge(id: string, userId: number, now: string): void {
    this.acknowledgeStmt.run({ id, userId, now });
  }

  /** Acknowledges every finished, unacknowledged task the filter covers; returns how many. */
  acknowledgeFinished(filter: TaskFilter, userId: number, now: string): number {
    const where = taskWhere({ ...filter, states: ["FINISHED", "ERROR"], acknowledged: false });
    return this.db
      .prepare(`UPDATE tasks SET acknowledged_at = @now, acknowledged_by = @userId ${where.sql}`)
      .run({ ...where.params, now, userId }).changes;
  }

  insert(
    task: Pick<
      TaskRow,
      | "id"
      | "task_type"
      | "project_id"
      | "region_id"
      | "client_id"
      | "user_id"
      | "image_id"
      | "data"
      | "request_id"
      | "created_ms"
      | "created_on"
    >,
  ): void {
    this.insertStmt.run(task);
  }

  get(id: string): TaskRow | undefined {
    return this.byId.get(id) as TaskRow | undefined;
  }

  unfinished(): TaskRow[] {
    return this.unfinishedStmt.all() as TaskRow[];
  }

  setState(
    id: string,
    state: TaskRow["state"],
    now: string,
    extra: { error?: string; createdResources?: unknown } = {},
  ): void {
    this.setStateStmt.run({
      id,
      state,
      now,
      error: extra.error ?? null,
      created_resources: extra.createdResources === undefined ? null : JSON.stringify(extra.createdResources),
    });
  }

  /** Counts one poll (GET) of a task; returns the new count. */
  poll(id: string): number {
    return this.pollStmt.get(id) as number;
  }
}
