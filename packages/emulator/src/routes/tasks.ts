// GET /v1/tasks/{task_id}: only tasks of projects the caller may read (others are 404).
import { notFound } from "../http/errors.js";
import type { OpHandler } from "../http/operation.js";
import { taskView } from "../model/view.js";

export const tasksGet: OpHandler<"tasksGet"> = (ctx) => {
  const { store, worker } = ctx.core;
  const id = ctx.path.task_id;
  const task = store.tasks.get(id);
  const project = task ? store.directory.projects.get(task.project_id) : undefined;
  if (!task || !project || !store.directory.canRead(ctx.principal, project)) throw notFound(`Task ${id} not found`);
  worker.polled(id);
  return { status: 200, body: taskView(store.tasks.get(id)!) };
};
