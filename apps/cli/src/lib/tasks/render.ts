import type { Column } from "@imgctl/cli-core";
import type { Task, TaskState } from "@imgctl/types";

/** The spec's task states, as flag options: a wrong value is a usage error before any request. */
export const TASK_STATES = ["NEW", "RUNNING", "FINISHED", "ERROR"] as const satisfies readonly TaskState[];

/** `tasks list` and `tasks ack`: one task per row. */
export const taskColumns: ReadonlyArray<Column<Task>> = [
  { header: "id", get: (t) => t.id, shrink: false },
  { header: "type", get: (t) => t.task_type },
  { header: "state", get: (t) => t.state },
  { header: "project", get: (t) => t.project_id },
  { header: "region", get: (t) => t.region_id },
  { header: "created", get: (t) => t.created_on },
  { header: "acknowledged", get: (t) => t.acknowledged_at },
  { header: "images", get: (t) => t.created_resources?.images?.join(",") },
];

export function taskDetails(t: Task): Array<[string, unknown]> {
  const rows: Array<[string, unknown]> = [
    ["id", t.id],
    ["type", t.task_type],
    ["state", t.state],
    ["project", t.project_id],
    ["region", t.region_id],
    ["created", t.created_on],
    ["finished", t.finished_on],
  ];
  const images = t.created_resources?.images;
  if (images?.length) rows.push(["created images", images.join(", ")]);
  if (t.error) rows.push(["error", t.error]);
  if (t.acknowledged_at)
    rows.push([
      "acknowledged",
      `${t.acknowledged_at}${t.acknowledged_by != null ? ` by user ${t.acknowledged_by}` : ""}`,
    ]);
  return rows;
}
