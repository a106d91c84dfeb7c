import type { operations, Task, TaskList } from "@imgctl/types";
import type { Context, Scope } from "../context.js";
import { TaskFailedError, TaskWaitTimeoutError, TimeoutError } from "../errors.js";
import { sleep } from "../fetch/retry.js";
import type { RequestOptions } from "../options.js";
import { pages } from "./paging.js";

/**
 * Filters and paging of `tasks.list`, as the API names them. Arrays (`state`, `project_id`,
 * `region_id`) are sent as repeated keys and match any of their values. `project_id` and
 * `region_id` are filters here, so they do not fall back to the client's defaults.
 */
export type TaskListParams = NonNullable<operations["tasksList"]["parameters"]["query"]>;

/** Paging and type filter of `tasks.listActive`; its project and region are path parameters. */
export type TaskListActiveParams = Scope & NonNullable<operations["tasksListActive"]["parameters"]["query"]>;

/** Which tasks `tasks.acknowledgeAll` acknowledges; absent = every project (region) of the caller. No client default. */
export type TaskAcknowledgeAllParams = NonNullable<operations["tasksAcknowledgeAll"]["parameters"]["query"]>;

export interface WaitOptions {
  /** Time between polls. @unit milliseconds @default 1000 */
  interval?: number | undefined;
  /** Give up (`TaskWaitTimeoutError`) after this long. @unit milliseconds @default 1800000 (30 min) */
  timeout?: number | undefined;
  /** Stops waiting; the promise rejects with the signal's reason (the task itself goes on). */
  signal?: AbortSignal | undefined;
  /** Called with the task after every poll. */
  onProgress?: ((task: Task) => void) | undefined;
}

/** Asynchronous tasks: what create, upload and delete return. */
export interface TasksResource {
  /** One task, with its state and, once FINISHED, `created_resources`. */
  get(taskId: string, opts?: RequestOptions): Promise<Task>;
  /** One page of the tasks the caller may see, newest first (`limit` default 10); `count` is the total. */
  list(params?: TaskListParams, opts?: RequestOptions): Promise<TaskList>;
  /**
   * Every matching task, page after page (`limit` is the page size here, default 100), fetched as
   * the loop gets there: `for await (const task of client.tasks.listAll({ state: ["RUNNING"] }))`.
   * A task that a new one pushes onto the next page is yielded once.
   */
  listAll(params?: TaskListParams, opts?: RequestOptions): AsyncGenerator<Task, void, undefined>;
  /** One page of the project's `NEW` and `RUNNING` tasks in the region. */
  listActive(params?: TaskListActiveParams, opts?: RequestOptions): Promise<TaskList>;
  /** Marks a finished task as seen and returns it; a task still running is a `ConflictError`. */
  acknowledge(taskId: string, opts?: RequestOptions): Promise<Task>;
  /** Acknowledges every finished task of the project and region given (of all the caller's without them). */
  acknowledgeAll(params?: TaskAcknowledgeAllParams, opts?: RequestOptions): Promise<void>;
  /**
   * Polls the task (first poll at once) until it is FINISHED (resolves with it) or ERROR (rejects
   * with `TaskFailedError` carrying the task's `error`); rejects with `TaskWaitTimeoutError` after
   * `timeout`.
   */
  wait(taskId: string, opts?: WaitOptions): Promise<Task>;
}

export const DEFAULT_WAIT_INTERVAL = 1_000;
export const DEFAULT_WAIT_TIMEOUT = 1_800_000;

export function tasksResource(ctx: Context): TasksResource {
  const tasks = ctx.resource<TasksResource>({
    get: "GET /v1/tasks/{task_id} p",
    list: "GET /v1/tasks q",
    listActive: "GET /v1/tasks/{project_id}/{region_id}/active Q",
    acknowledge: "POST /v1/tasks/{task_id}/acknowledge p",
    acknowledgeAll: "POST /v1/tasks/acknowledge_all q",
  });
  tasks.listAll = (params = {}, opts) =>
    pages((limit, offset) => tasks.list({ ...params, limit, offset }, opts), params);
  tasks.wait = async (id, opts = {}) => {
    const { interval = DEFAULT_WAIT_INTERVAL, timeout = DEFAULT_WAIT_TIMEOUT, signal } = opts;
    const deadline = Date.now() + timeout;
    let task: Task | undefined;
    for (;;) {
      try {
        // A poll may not outlive the wait: its own timeout is cut to the time left.
        task = await tasks.get(id, { signal, timeout: Math.max(1, Math.min(ctx.timeout, deadline - Date.now())) });
      } catch (error) {
        if (error instanceof TimeoutError && Date.now() >= deadline) throw new TaskWaitTimeoutError(id, timeout, task);
        throw error;
      }
      opts.onProgress?.(task);
      if (task.state === "FINISHED") return task;
      if (task.state === "ERROR") throw new TaskFailedError(task);
      const left = deadline - Date.now();
      if (left <= 0) throw new TaskWaitTimeoutError(id, timeout, task);
      await sleep(Math.min(interval, left), signal);
    }
  };
  return tasks;
}

/**
 * Runs a request-then-wait helper under one overall `timeout`: each request gets the time left
 * (at most the client's timeout `clientTimeout`), the wait gets the rest. Without `timeout`,
 * requests use the client's and the wait its own default.
 */
export function withDeadline<T>(
  opts: (RequestOptions & WaitOptions) | undefined,
  clientTimeout: number,
  run: (request: () => RequestOptions, wait: () => WaitOptions) => Promise<T>,
): Promise<T> {
  const deadline = opts?.timeout === undefined ? undefined : Date.now() + opts.timeout;
  const left = () => (deadline === undefined ? undefined : Math.max(1, deadline - Date.now()));
  return run(
    () => ({ ...opts, timeout: left() && Math.min(left()!, clientTimeout) }),
    () => ({ ...opts, timeout: left() }),
  );
}
