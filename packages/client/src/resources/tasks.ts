import type { Task } from "@imgctl/types";
import { callInit, unwrap, type Context } from "../context.js";
import { TaskFailedError, TaskWaitTimeoutError, TimeoutError } from "../errors.js";
import { sleep } from "../fetch/retry.js";
import type { RequestOptions } from "../options.js";

export interface WaitOptions {
  /** Time between polls. @unit milliseconds @default 1000 */
  interval?: number | undefined;
  /** Give up (TaskWaitTimeoutError) after this long. @unit milliseconds @default 1800000 (30 min) */
  timeout?: number | undefined;
  /** Stops waiting; the promise rejects with the signal's reason (the task itself goes on). */
  signal?: AbortSignal | undefined;
  /** Called with the task after every poll. */
  onProgress?: ((task: Task) => void) | undefined;
}

export const DEFAULT_WAIT_INTERVAL = 1_000;
export const DEFAULT_WAIT_TIMEOUT = 30 * 60_000;
const NEVER = new AbortController().signal;

/** Asynchronous tasks: what create and delete return. */
export class TasksResource {
  readonly #ctx: Context;

  constructor(ctx: Context) {
    this.#ctx = ctx;
  }

  /** One task, with its state and, once FINISHED, `created_resources`. */
  async get(taskId: string, opts?: RequestOptions): Promise<Task> {
    return unwrap(
      await this.#ctx.raw.GET("/v1/tasks/{task_id}", {
        params: { path: { task_id: taskId } },
        ...callInit(this.#ctx, opts),
      }),
    );
  }

  /**
   * Polls the task until it is FINISHED (resolves with it) or ERROR (rejects with
   * `TaskFailedError` carrying the task's `error`); rejects with `TaskWaitTimeoutError` after
   * `timeout`. The first poll is immediate.
   */
  async wait(taskId: string, opts?: WaitOptions): Promise<Task> {
    const interval = opts?.interval ?? DEFAULT_WAIT_INTERVAL;
    const timeout = opts?.timeout ?? DEFAULT_WAIT_TIMEOUT;
    const signal = opts?.signal ?? NEVER;
    const deadline = Date.now() + timeout;
    let task: Task | undefined;
    for (;;) {
      const left = deadline - Date.now();
      try {
        // A poll may not outlive the wait: its own timeout is cut to the time left.
        task = await this.get(taskId, { signal, timeout: Math.max(1, Math.min(this.#ctx.timeout, left)) });
      } catch (error) {
        if (error instanceof TimeoutError && Date.now() >= deadline) throw new TaskWaitTimeoutError(taskId, timeout, task);
        throw error;
      }
      opts?.onProgress?.(task);
      if (task.state === "FINISHED") return task;
      if (task.state === "ERROR") throw new TaskFailedError(task);
      const rest = deadline - Date.now();
      if (rest <= 0) throw new TaskWaitTimeoutError(taskId, timeout, task);
      await sleep(Math.min(interval, rest), signal);
    }
  }
}

/**
 * Runs a request-then-wait helper under one overall `timeout`: each request gets the time left
 * (at most the client's timeout), the wait gets the rest. Without `timeout`, requests use the
 * client's and the wait its own default.
 */
export async function withDeadline<T>(
  ctx: Context,
  opts: (RequestOptions & WaitOptions) | undefined,
  run: (request: () => RequestOptions, wait: () => WaitOptions) => Promise<T>,
): Promise<T> {
  const deadline = opts?.timeout === undefined ? undefined : Date.now() + opts.timeout;
  const left = () => (deadline === undefined ? undefined : Math.max(1, deadline - Date.now()));
  const request = (): RequestOptions => {
    const t = left();
    return {
      signal: opts?.signal,
      headers: opts?.headers,
      maxRetries: opts?.maxRetries,
      timeout: t === undefined ? undefined : Math.min(t, ctx.timeout),
    };
  };
  const wait = (): WaitOptions => ({ interval: opts?.interval, signal: opts?.signal, onProgress: opts?.onProgress, timeout: left() });
  return run(request, wait);
}
