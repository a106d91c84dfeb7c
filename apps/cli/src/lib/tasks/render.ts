import type { Task } from "@imgctl/types";

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
  return rows;
}
