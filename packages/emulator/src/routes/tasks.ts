// Tasks: get one, list (GET /v1/tasks), list a project's active ones, acknowledge one or all.
// A caller sees only the tasks of projects it may read (others are 404); acknowledging is a
// change, so a reseller, which only reads its clients' projects, gets a 403.
import { conflict, forbidden, notFound } from "../http/errors.js";
import type { OpContext, OpHandler } from "../http/operation.js";
import { projectScope } from "../model/access.js";
import { taskView } from "../model/view.js";
import type { Principal } from "../store/directory.js";
import type { TaskRow } from "../store/rows.js";
import { timestampMs } from "./timestamps.js";

function visibleTask(ctx: OpContext<"tasksGet"> | OpContext<"tasksAcknowledge">): TaskRow {
  const { store } = ctx.core;
  const id = ctx.path.task_id;
  const task = store.tasks.get(id);
  const project = task ? store.directory.projects.get(task.project_id) : undefined;
  if (!task || !project || !store.directory.canRead(ctx.principal, project)) throw notFound(`Task ${id} not found`);
  return task;
}

function assertCanAcknowledge(principal: Principal): void {
  if (principal.role === "reseller")
    throw forbidden("A reseller key cannot acknowledge the tasks of its clients' projects");
}

export const tasksGet: OpHandler<"tasksGet"> = (ctx) => {
  const id = visibleTask(ctx).id;
  ctx.core.worker.polled(id);
  return { status: 200, body: taskView(ctx.core.store.tasks.get(id)!) };
};

export const tasksList: OpHandler<"tasksList"> = (ctx) => {
  const { store } = ctx.core;
  const q = ctx.query;
  const readable = store.directory.readableProjects(ctx.principal);
  const asked = q.project_id !== undefined && q.project_id.length > 0 ? q.project_id : undefined;
  // A project the caller may not read matches nothing, like one that does not exist.
  const projects = asked ? asked.filter((p) => readable === null || readable.has(p)) : readable && [...readable];
  const page = store.tasks.list(
    {
      projects,
      ...(q.region_id !== undefined && q.region_id.length > 0 ? { regions: q.region_id } : {}),
      ...(q.state !== undefined && q.state.length > 0 ? { states: q.state } : {}),
      ...(q.task_type !== undefined ? { taskTypes: [q.task_type] } : {}),
      ...(q.is_acknowledged !== undefined ? { acknowledged: q.is_acknowledged } : {}),
      ...(q.from_timestamp !== undefined ? { fromMs: timestampMs("from_timestamp", q.from_timestamp) } : {}),
      ...(q.to_timestamp !== undefined ? { toMs: timestampMs("to_timestamp", q.to_timestamp) } : {}),
    },
    { order: q.order_by ?? q.sorting ?? "desc", limit: q.limit ?? 10, offset: q.offset ?? 0 },
  );
  return { status: 200, body: { count: page.count, results: page.rows.map(taskView) } };
};

export const tasksListActive: OpHandler<"tasksListActive"> = (ctx) => {
  const { store } = ctx.core;
  const q = ctx.query;
  const scope = projectScope(store, ctx.principal, ctx.path.project_id, ctx.path.region_id);
  const page = store.tasks.list(
    {
      projects: [scope.projectId],
      regions: [scope.regionId],
      states: ["NEW", "RUNNING"],
      ...(q.task_type !== undefined && q.task_type.length > 0 ? { taskTypes: q.task_type } : {}),
    },
    { order: "desc", limit: q.limit ?? 10, offset: q.offset ?? 0 },
  );
  return { status: 200, body: { count: page.count, results: page.rows.map(taskView) } };
};

export const tasksAcknowledge: OpHandler<"tasksAcknowledge"> = (ctx) => {
  const { store, clock } = ctx.core;
  const task = visibleTask(ctx);
  assertCanAcknowledge(ctx.principal);
  if (task.state === "NEW" || task.state === "RUNNING") {
    throw conflict(`Task ${task.id} is ${task.state}: only a FINISHED or ERROR task can be acknowledged`);
  }
  store.write(() => store.tasks.acknowledge(task.id, ctx.principal.userId, clock.iso()));
  return { status: 200, body: taskView(store.tasks.get(task.id)!) };
};

export const tasksAcknowledgeAll: OpHandler<"tasksAcknowledgeAll"> = (ctx) => {
  const { store, clock } = ctx.core;
  const q = ctx.query;
  assertCanAcknowledge(ctx.principal);
  const { directory } = store;
  if (q.project_id !== undefined) {
    const project = directory.projects.get(q.project_id);
    if (!project || !directory.canRead(ctx.principal, project)) throw notFound(`Project ${q.project_id} not found`);
  }
  if (q.region_id !== undefined && !directory.regions.has(q.region_id))
    throw notFound(`Region ${q.region_id} not found`);
  const readable = directory.readableProjects(ctx.principal);
  const projects = q.project_id !== undefined ? [q.project_id] : readable && [...readable];
  store.write(() =>
    store.tasks.acknowledgeFinished(
      { projects, ...(q.region_id !== undefined ? { regions: [q.region_id] } : {}) },
      ctx.principal.userId,
      clock.iso(),
    ),
  );
  return { status: 204 };
};
