// The task worker: moves create_image / download_image / delete_image tasks NEW → RUNNING →
// FINISHED | ERROR. An upload's image stays `saving` (size 0) after its task finished, as the real
// API's often does: the first look at it (a GET or a list) still finds it saving, the next finds it
// active with its size (settle()).
// Timing: "immediate" (done in the transaction of the request that started it), "delay" (FINISHED `ms` after
// creation) or "polls" (FINISHED on the N-th GET of the task). Unfinished tasks found when the
// database is opened are resumed with the current timing.
import type { Store } from "../store/index.js";
import type { TaskRow } from "../store/rows.js";
import type { TaskTiming } from "../types.js";
import { downloadError, downloadedSize, minDiskFor, uploadUrl } from "./upload.js";

export interface Clock {
  now(): number;
  iso(): string;
}

/** Image size recorded when a create task finishes: a quarter of the volume (thin images). */
const imageSizeFor = (sizeGib: number) => Math.round((sizeGib * 1_073_741_824) / 4);

export class TaskWorker {
  /** Tasks advanced by time (immediate/delay): id → due epoch ms. Polls-mode tasks are not here. */
  private readonly pending = new Map<string, number>();
  /** Pending tasks already moved to RUNNING (no write needed until they are due). */
  private readonly running = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(
    private readonly store: Store,
    private readonly timing: TaskTiming,
    private readonly clock: Clock,
  ) {}

  /** Resume the tasks a previous process left unfinished. */
  resume(): void {
    for (const task of this.store.tasks.unfinished()) this.track(task.id, task.created_ms);
  }

  /** In "immediate" mode, completes the task inside the caller's transaction (the one that
   * created it): one commit, and the task is FINISHED before the response is sent. */
  completeInline(taskId: string): boolean {
    if (this.timing.mode !== "immediate") return false;
    this.finishInTx(taskId);
    return true;
  }

  /** Called after the transaction that inserted the task has committed. */
  track(taskId: string, createdMs: number): void {
    if (this.timing.mode === "polls") return;
    const due = this.timing.mode === "delay" ? createdMs + this.timing.ms : createdMs;
    this.pending.set(taskId, due);
    const wait = Math.max(0, due - this.clock.now());
    this.schedule(wait);
  }

  /** Pumps after `ms`; a failure (e.g. the database is busy) is retried instead of crashing. */
  private schedule(ms: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      try {
        this.pump();
      } catch (error) {
        if (this.closed) return;
        console.error("[imgctl-emulator] task worker: will retry:", (error as Error).message);
        this.schedule(100);
      }
    }, ms);
    timer.unref?.();
    this.timers.add(timer);
  }

  /** Advances every due task; cheap when nothing is pending (called before each request).
   * All the transitions of one pump share one transaction: one fsync for a burst of creates. */
  pump(): void {
    if (this.pending.size === 0 || this.closed) return;
    const now = this.clock.now();
    const due: string[] = [];
    const toStart: string[] = [];
    for (const [id, at] of this.pending) {
      if (at <= now) due.push(id);
      else if (!this.running.has(id)) toStart.push(id);
    }
    if (due.length === 0 && toStart.length === 0) return;
    this.store.write(() => {
      for (const id of toStart) this.startInTx(id);
      for (const id of due) this.finishInTx(id);
    });
    for (const id of toStart) this.running.add(id);
    for (const id of due) {
      this.pending.delete(id);
      this.running.delete(id);
    }
  }

  /** A GET of the task: in polls mode the N-th poll finishes it. */
  polled(taskId: string): void {
    if (this.timing.mode !== "polls") {
      this.pump();
      return;
    }
    const task = this.store.tasks.get(taskId);
    if (!task || task.state === "FINISHED" || task.state === "ERROR") return;
    const polls = this.store.write(() => this.store.tasks.poll(taskId));
    if (polls >= this.timing.polls) this.finish(taskId);
    else this.start(taskId);
  }

  close(): void {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  /** NEW → RUNNING (the image shows `saving` while a create runs). */
  private start(taskId: string): void {
    this.store.write(() => this.startInTx(taskId));
  }

  private startInTx(taskId: string): void {
    const task = this.store.tasks.get(taskId);
    if (task?.state !== "NEW") return;
    const now = this.clock.iso();
    this.store.tasks.setState(taskId, "RUNNING", now);
    if (task.task_type !== "delete_image")
      this.store.images.update(task.image_id, { status: "saving", updated_at: now });
  }

  /** RUNNING → FINISHED or ERROR, in one transaction with the image change. */
  private finish(taskId: string): void {
    this.store.write(() => this.finishInTx(taskId));
  }

  private finishInTx(taskId: string): void {
    const task = this.store.tasks.get(taskId);
    if (!task || task.state === "FINISHED" || task.state === "ERROR") return;
    const now = this.clock.iso();
    if (task.task_type === "create_image") this.finishCreate(task, now);
    else if (task.task_type === "download_image") this.finishDownload(task, now);
    else this.finishDelete(task, now);
  }

  /** The download is done but the image is not: `saving`, size 0, no lock. A failed download ends the
   * image in `error` (kept, like a failed create, so that its owner sees it and deletes it). */
  private finishDownload(task: TaskRow, now: string): void {
    const { images, tasks } = this.store;
    const image = images.get(task.image_id);
    if (!image) {
      tasks.setState(task.id, "ERROR", now, { error: "Image disappeared while the task ran" });
      return;
    }
    const error = downloadError(uploadUrl(task));
    if (error) {
      images.update(image.id, { status: "error", task_id: null, updated_at: now });
      tasks.setState(task.id, "ERROR", now, { error });
      return;
    }
    images.update(image.id, { status: "saving", size: 0, task_id: null, seen_saving: 0, updated_at: now });
    tasks.setState(task.id, "FINISHED", now, { createdResources: { images: [image.id] } });
  }

  /**
   * A look (GET or list) at an uploaded image that is still saving after its task finished: the
   * first look records itself and finds it saving, the next one makes it active with its size.
   * Returns true when the image changed (the caller reads it again).
   */
  settle(imageId: string): boolean {
    return this.store.write(() => {
      const image = this.store.images.get(imageId);
      if (image?.status !== "saving" || image.task_id !== null) return false;
      if (image.seen_saving === 0) {
        this.store.images.markSeenSaving(imageId);
        return false;
      }
      const task = image.creator_task_id ? this.store.tasks.get(image.creator_task_id) : undefined;
      const size = downloadedSize(task ? uploadUrl(task) : image.id);
      this.store.images.update(imageId, {
        status: "active",
        size,
        min_disk: minDiskFor(size),
        updated_at: this.clock.iso(),
      });
      return true;
    });
  }

  private finishCreate(task: TaskRow, now: string): void {
    const { images, tasks } = this.store;
    const image = images.get(task.image_id);
    const volume = image?.volume_id ? this.store.volume(image.volume_id) : undefined;
    if (!image || !volume) {
      tasks.setState(task.id, "ERROR", now, { error: "Source volume or image disappeared while the task ran" });
      if (image) images.update(image.id, { status: "error", task_id: null, updated_at: now });
      return;
    }
    if (volume.create_error) {
      images.update(image.id, { status: "error", task_id: null, updated_at: now });
      tasks.setState(task.id, "ERROR", now, { error: volume.create_error });
      return;
    }
    images.update(image.id, { status: "active", size: imageSizeFor(volume.size_gib), task_id: null, updated_at: now });
    tasks.setState(task.id, "FINISHED", now, { createdResources: { images: [image.id] } });
  }

  private finishDelete(task: TaskRow, now: string): void {
    this.store.shares.forgetImage(task.image_id);
    this.store.images.delete(task.image_id);
    this.store.tasks.setState(task.id, "FINISHED", now);
  }
}
