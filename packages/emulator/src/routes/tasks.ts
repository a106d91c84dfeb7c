// GET /v1/tasks/{task_id}: only tasks of projects the caller may read (others are 404).
import type { OpHandler } from "../context.js";
import { notFound } from "../errors.js";
import { taskView } from "../view.js";

export const tasksGet: OpHandler = (ctx) => {
  const { store, worker } = ctx.core;
  const id = ctx.path.task_id as string;
  const task = store.tasks.get(id);
  const project = task ? store.directory.projects.get(task.project_id) : undefined;
  if (!task || !project || !store.directory.canRead(ctx.principal, project)) throw notFound(`Task ${id} not found`);
  worker.polled(id);
  return { status: 200, body: taskView(store.tasks.get(id)!) };
};
