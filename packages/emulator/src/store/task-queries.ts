// The task list's SQL: filters become WHERE clauses with bound parameters (arrays as JSON,
// read with json_each), so one statement shape serves every combination of filters.
import type { TaskRow } from "./rows.js";

/** Which tasks a list or an acknowledge-all covers. `projects: null` means every project. */
export interface TaskFilter {
  projects: readonly number[] | null;
  regions?: readonly number[];
  states?: readonly TaskRow["state"][];
  taskTypes?: readonly string[];
  acknowledged?: boolean;
  /** Epoch ms, inclusive. */
  fromMs?: number;
  toMs?: number;
}

export interface TaskWhere {
  sql: string;
  params: Record<string, string | number>;
}

const inList = (column: string, param: string) => `${column} IN (SELECT value FROM json_each(@${param}))`;

export function taskWhere(filter: TaskFilter): TaskWhere {
  const clauses: string[] = [];
  const params: Record<string, string | number> = {};
  const list = (column: string, param: string, values: readonly (string | number)[] | null | undefined) => {
    if (values === null || values === undefined) return;
    clauses.push(inList(column, param));
    params[param] = JSON.stringify(values);
  };
  list("project_id", "projects", filter.projects);
  list("region_id", "regions", filter.regions);
  list("state", "states", filter.states);
  list("task_type", "types", filter.taskTypes);
  if (filter.acknowledged !== undefined)
    clauses.push(filter.acknowledged ? "acknowledged_at IS NOT NULL" : "acknowledged_at IS NULL");
  if (filter.fromMs !== undefined) {
    clauses.push("created_ms >= @fromMs");
    params.fromMs = filter.fromMs;
  }
  if (filter.toMs !== undefined) {
    clauses.push("created_ms <= @toMs");
    params.toMs = filter.toMs;
  }
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(" AND ")}` : "", params };
}
