// tasks.list / listAll / listActive / acknowledge / acknowledgeAll against the real emulator.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "@imgctl/emulator";
import { ConflictError, NotFoundError, type Task } from "../src/index.js";
import { demoKeys, demoVolumeId, IN_PROCESS_URL, inProcessClient, startEmulator } from "./helpers.js";
import { createImagesClient } from "../src/index.js";

let emulator: Emulator;
let alpha: ReturnType<typeof inProcessClient>;
/** Alpha's finished create tasks in project 10, region 1, newest last. */
const made: string[] = [];

beforeAll(async () => {
  emulator = startEmulator();
  alpha = inProcessClient(emulator);
  for (let i = 0; i < 5; i++)
    made.push((await alpha.images.create({ name: `task-list-${i}`, volume_id: demoVolumeId(10, 1) })).tasks[0]!);
});
afterAll(() => emulator.close());

const scope = { project_id: [10], region_id: [1] };
const ids = (tasks: Task[]) => tasks.map((t) => t.id);

describe("tasks.list", () => {
  it("one page, newest first; count is the total across pages", async () => {
    const page = await alpha.tasks.list({ ...scope, limit: 2 });
    expect(page.results).toHaveLength(2);
    expect(page.count).toBeGreaterThanOrEqual(5);
    expect(ids(page.results)).toEqual([made[4], made[3]]);
    const next = await alpha.tasks.list({ ...scope, limit: 2, offset: 2 });
    expect(ids(next.results)).toEqual([made[2], made[1]]);
    const oldest = await alpha.tasks.list({ ...scope, order_by: "asc", task_type: "create_image", limit: 1000 });
    expect(ids(oldest.results).slice(-5)).toEqual(made);
  });

  it("state is sent as repeated keys and matches any of them", async () => {
    const sent: string[] = [];
    const c = createImagesClient({
      apiKey: demoKeys.alpha,
      baseUrl: IN_PROCESS_URL,
      fetch: (r) => {
        sent.push(new URL(r.url).search);
        return emulator.fetch(r);
      },
    });
    const list = await c.tasks.list({ state: ["FINISHED", "ERROR"], project_id: [10, 11] });
    expect(sent[0]).toBe("?state=FINISHED&state=ERROR&project_id=10&project_id=11");
    expect(list.results.every((t) => t.state === "FINISHED" || t.state === "ERROR")).toBe(true);
    expect((await c.tasks.list({ state: ["RUNNING"], ...scope })).count).toBe(0);
  });

  it("another client's tasks are not listed", async () => {
    const beta = inProcessClient(emulator, { apiKey: demoKeys.beta, projectId: undefined, regionId: undefined });
    expect(ids((await beta.tasks.list({ limit: 1000 })).results)).not.toContain(made[0]);
  });
});

describe("tasks.listAll", () => {
  it("yields every matching task, fetching one page at a time", async () => {
    const pages: string[] = [];
    const c = createImagesClient({
      apiKey: demoKeys.alpha,
      baseUrl: IN_PROCESS_URL,
      fetch: (r) => {
        pages.push(new URL(r.url).searchParams.get("offset")!);
        return emulator.fetch(r);
      },
    });
    const all: Task[] = [];
    for await (const task of c.tasks.listAll({ ...scope, task_type: "create_image", limit: 2 })) all.push(task);
    expect(ids(all).slice(0, 5)).toEqual([...made].reverse());
    expect(new Set(ids(all)).size).toBe(all.length);
    const total = (await alpha.tasks.list({ ...scope, task_type: "create_image" })).count;
    expect(all).toHaveLength(total);
    expect(pages).toEqual(Array.from({ length: Math.ceil(total / 2) }, (_, i) => String(i * 2)));
  });

  it("a task started while the pages are read pushes the list down: nothing is yielded twice", async () => {
    const total = (await alpha.tasks.list({ ...scope, task_type: "create_image" })).count;
    const iterator = alpha.tasks.listAll({ ...scope, task_type: "create_image", limit: 2 });
    const first = [(await iterator.next()).value as Task, (await iterator.next()).value as Task];
    await alpha.images.create({ name: "task-list-late", volume_id: demoVolumeId(10, 1) });
    const rest: Task[] = [];
    for await (const task of { [Symbol.asyncIterator]: () => iterator }) rest.push(task);
    const all = [...first, ...rest];
    expect(new Set(ids(all)).size).toBe(all.length);
    expect(all).toHaveLength(total);
  });
});

describe("tasks.listActive", () => {
  it("lists the project's NEW and RUNNING tasks in the region, not the finished ones", async () => {
    const slow = startEmulator({ tasks: { mode: "polls", polls: 3 } });
    try {
      const c = inProcessClient(slow);
      const { tasks } = await c.images.create({ name: "active-one", volume_id: demoVolumeId(10, 1) });
      const active = await c.tasks.listActive();
      expect(ids(active.results)).toEqual([tasks[0]]);
      expect(active.results[0]!.state).toMatch(/^(NEW|RUNNING)$/);
      await c.tasks.wait(tasks[0]!, { interval: 1 });
      expect((await c.tasks.listActive()).count).toBe(0);
      expect((await c.tasks.listActive({ region_id: 2 })).count).toBe(0);
    } finally {
      await slow.close();
    }
  });
});

describe("tasks.acknowledge / acknowledgeAll", () => {
  it("acknowledge sets acknowledged_at and _by and returns the task; again changes nothing", async () => {
    const task = await alpha.tasks.acknowledge(made[0]!);
    expect(task).toMatchObject({
      id: made[0],
      state: "FINISHED",
      acknowledged_at: expect.any(String),
      acknowledged_by: expect.any(Number),
    });
    expect(await alpha.tasks.acknowledge(made[0]!)).toEqual(task);
    expect(ids((await alpha.tasks.list({ ...scope, is_acknowledged: true, limit: 1000 })).results)).toContain(made[0]);
  });

  it("a task the caller cannot see is a NotFoundError; a running one a ConflictError", async () => {
    const beta = inProcessClient(emulator, { apiKey: demoKeys.beta });
    await expect(beta.tasks.acknowledge(made[1]!)).rejects.toBeInstanceOf(NotFoundError);
    const slow = startEmulator({ tasks: { mode: "polls", polls: 5 } });
    try {
      const c = inProcessClient(slow);
      const { tasks } = await c.images.create({ name: "running-one", volume_id: demoVolumeId(10, 1) });
      await expect(c.tasks.acknowledge(tasks[0]!)).rejects.toBeInstanceOf(ConflictError);
    } finally {
      await slow.close();
    }
  });

  it("acknowledgeAll acknowledges the finished tasks of the project and region (204)", async () => {
    expect((await alpha.tasks.list({ ...scope, is_acknowledged: false })).count).toBeGreaterThan(0);
    expect(await alpha.tasks.acknowledgeAll({ project_id: 10, region_id: 1 })).toBeUndefined();
    expect((await alpha.tasks.list({ ...scope, is_acknowledged: false })).count).toBe(0);
  });
});
