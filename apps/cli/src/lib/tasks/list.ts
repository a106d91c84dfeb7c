import type { ImagesClient, TaskListActiveParams, TaskListParams } from "@imgctl/client";
import type { Task, TaskList } from "@imgctl/types";

/** A page of tasks, or with `all` every page (then `count` is the number of tasks returned). */
export async function listTasks(client: ImagesClient, params: TaskListParams, all: boolean): Promise<TaskList> {
  if (!all) return client.tasks.list(params);
  const results: Task[] = [];
  for await (const task of client.tasks.listAll(params)) results.push(task);
  return { count: results.length, results };
}

/** The project's NEW and RUNNING tasks in the region (`/active`), a page or with `all` every page. */
export async function listActiveTasks(
  client: ImagesClient,
  params: TaskListActiveParams,
  all: boolean,
): Promise<TaskList> {
  if (!all) return client.tasks.listActive(params);
  const results: Task[] = [];
  const seen = new Set<string>();
  const limit = params.limit ?? 100;
  for (let offset = params.offset ?? 0; ; ) {
    const page = await client.tasks.listActive({ ...params, limit, offset });
    for (const t of page.results) {
      if (seen.has(t.id)) continue; // a task that started meanwhile pushed it onto this page
      seen.add(t.id);
      results.push(t);
    }
    offset += page.results.length;
    if (page.results.length === 0 || offset >= page.count) return { count: results.length, results };
  }
}
