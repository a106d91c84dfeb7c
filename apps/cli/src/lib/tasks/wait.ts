import { Errors, ux } from "@oclif/core";
import type { ImagesClient } from "@imgctl/client";
import type { Image, Task } from "@imgctl/types";
import { EXIT } from "@imgctl/cli-core";

/** Exit code when Ctrl-C stops the waiting (128 + SIGINT, as shells do). */
const EXIT_INTERRUPTED = 130;

export interface WaitContext {
  client: ImagesClient;
  /** No spinner in --json mode: stdout stays pure JSON, stderr quiet. */
  json: boolean;
  /** Poll interval; in-process polls cost nothing, so the local profile polls faster. */
  local: boolean;
}

function pollInterval(local: boolean, env: Record<string, string | undefined> = process.env): number {
  const fromEnv = Number(env.IMGCTL_POLL_MS);
  if (env.IMGCTL_POLL_MS && Number.isFinite(fromEnv) && fromEnv >= 0) return fromEnv;
  return local ? 250 : 1000;
}

/**
 * Polls a task to FINISHED (or ERROR, which the client throws as TaskFailedError), showing its
 * state in a stderr spinner. Ctrl-C stops waiting, leaves the task running and says how to resume.
 */
export async function waitForTask(ctx: WaitContext, taskId: string): Promise<Task> {
  return follow(
    ctx,
    (wait) => ctx.client.tasks.wait(taskId, wait),
    () => keepsRunning(taskId),
  );
}

/**
 * `images delete --wait`: the client's deleteAndWait, which reports success whenever the image
 * is gone, also when the DELETE's answer was lost and its retry found the image gone or locked by
 * the lost attempt's task. Resolves with the finished delete task, or undefined when the image was
 * found already gone (no task to show).
 */
export async function deleteAndWait(
  ctx: WaitContext,
  imageId: string,
  scope: { project_id: number; region_id: number },
): Promise<Task | undefined> {
  let last: Task | undefined;
  await follow(
    ctx,
    (wait) =>
      ctx.client.images.deleteAndWait(imageId, scope, { ...wait, onProgress: (t) => wait.onProgress((last = t)) }),
    () =>
      last
        ? keepsRunning(last.id)
        : `the delete of image ${imageId} may have started; check with: imgctl images get ${imageId}`,
  );
  return last;
}

export interface FollowOptions {
  interval: number;
  signal: AbortSignal;
  onProgress(task: Task): void;
  /** After the task: the image it makes, polled until it is ready (`images upload --wait`). */
  onImageProgress(image: Image): void;
}

function keepsRunning(taskId: string): string {
  return `task ${taskId} keeps running. Resume with: imgctl tasks wait ${taskId}`;
}

/**
 * Runs `run` with a poll interval, a Ctrl-C signal and a progress display that starts with the
 * first task seen and, for an upload, goes on with the image it makes. Ctrl-C stops waiting (the
 * task itself goes on) and says `interrupted()`.
 */
export async function follow<T>(
  ctx: WaitContext,
  run: (wait: FollowOptions) => Promise<T>,
  interrupted: () => string,
): Promise<T> {
  const controller = new AbortController();
  const onSigint = (): void => controller.abort(new Error("interrupted"));
  process.once("SIGINT", onSigint);
  let progress: ReturnType<typeof progressDisplay> | undefined;
  let label = "";
  let done = "FINISHED";
  const show = (next: string, state: string, end: string): void => {
    if (ctx.json) return;
    if (next !== label) {
      progress?.stop(done); // the task has finished; the image comes next
      progress = progressDisplay(next, state);
      label = next;
      done = end;
    }
    progress!.update(state);
  };
  const onProgress = (t: Task): void => show(`waiting for task ${t.id}`, t.state, "FINISHED");
  const onImageProgress = (i: Image): void => show(`waiting for image ${i.id}`, i.status, "active");
  try {
    const result = await run({
      interval: pollInterval(ctx.local),
      signal: controller.signal,
      onProgress,
      onImageProgress,
    });
    progress?.stop(done);
    return result;
  } catch (error) {
    const failedTask = (error as Error).name === "TaskFailedError";
    progress?.stop(controller.signal.aborted ? "stopped" : failedTask ? "ERROR" : "failed");
    if (!controller.signal.aborted) throw error;
    throw new Errors.CLIError(`stopped waiting; ${interrupted()}`, { exit: EXIT_INTERRUPTED });
  } finally {
    process.off("SIGINT", onSigint);
  }
}

/** A spinner on a terminal; elsewhere (logs, CI) one stderr line per state change. */
function progressDisplay(label: string, first: string): { update(state: string): void; stop(state: string): void } {
  if (process.stderr.isTTY) {
    ux.action.start(label, first);
    return {
      update: (state) => {
        ux.action.status = state;
      },
      stop: (state) => {
        if (ux.action.running) ux.action.stop(state);
      },
    };
  }
  let last = "";
  const line = (state: string): void => {
    if (state === last) return;
    last = state;
    process.stderr.write(`${label}: ${state}\n`);
  };
  return { update: line, stop: line };
}

/** The image a finished create task made. */
export function createdImageId(task: Task): string {
  const id = task.created_resources?.images?.[0];
  if (!id) throw new Errors.CLIError(`task ${task.id} finished without creating an image`, { exit: EXIT.error });
  return id;
}
