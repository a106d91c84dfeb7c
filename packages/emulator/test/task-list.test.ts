// GET /v1/tasks, GET /v1/tasks/{p}/{r}/active, POST /v1/tasks/{id}/acknowledge and
// POST /v1/tasks/acknowledge_all: who sees which task, every filter, paging and order, and
// acknowledgement with its scope.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../src/index.js";
import { as, demoVolumeId, expectError, KEYS, newEmulator } from "./helpers.js";

let now = Date.parse("2025-04-10T08:00:00Z");
const MINUTE = 60_000;
const ids = (reply: { body: { results: Array<{ id: string }> } }) => reply.body.results.map((t) => t.id);

/** Tasks, one a minute: alpha creates in 10/1 (×3), 10/2, 11/1, uploads one that fails in 10/1; beta creates in 20/1. */
async function seedTasks(em: Emulator) {
  const made: Record<string, string> = {};
  const create = async (name: string, key: string, project: number, region: number) => {
    const reply = await as(em, key).post(`/v1/images/${project}/${region}`, {
      name: `task-${name}`,
      volume_id: demoVolumeId(project, region),
    });
    if (reply.status !== 200) throw new Error(`${name}: ${reply.status} ${JSON.stringify(reply.body)}`);
    made[name] = reply.body.tasks[0];
    now += MINUTE;
  };
  await create("a1", KEYS.alpha, 10, 1);
  await create("a2", KEYS.alpha, 10, 1);
  await create("a3", KEYS.alpha, 10, 2);
  await create("a4", KEYS.alpha, 11, 1);
  await create("b1", KEYS.beta, 20, 1);
  const failed = await as(em, KEYS.alpha).post("/v1/downloadimage/10/1", {
    name: "task-a5",
    url: "http://nowhere.invalid/x.img",
  });
  made.a5 = failed.body.tasks[0];
  now += MINUTE;
  await create("g1", KEYS.gamma, 30, 1);
  return made;
}

describe("task list", () => {
  const em = newEmulator({ clock: () => now });
  let t: Record<string, string>;
  beforeAll(async () => {
    t = await seedTasks(em);
  });
  afterAll(() => em.close());

  it("holds only the caller's tasks, newest first, with the total count", async () => {
    const alpha = await as(em, KEYS.alpha).get("/v1/tasks");
    expect(alpha.status).toBe(200);
    expect(ids(alpha)).toEqual([t.a5, t.a4, t.a3, t.a2, t.a1]);
    expect(alpha.body.count).toBe(5);
    expect(ids(await as(em, KEYS.beta).get("/v1/tasks"))).toEqual([t.b1]);
    expect(ids(await as(em, KEYS.resellerAcme).get("/v1/tasks"))).toEqual([t.a5, t.b1, t.a4, t.a3, t.a2, t.a1]);
    expect(ids(await as(em, KEYS.resellerZeta).get("/v1/tasks"))).toEqual([t.g1]);
    const admin = await as(em, KEYS.admin).get("/v1/tasks?limit=1000");
    expect(ids(admin)).toEqual([t.g1, t.a5, t.b1, t.a4, t.a3, t.a2, t.a1]);
  });

  it("pages with limit (default 10) and offset; count stays the total", async () => {
    const page = await as(em, KEYS.admin).get("/v1/tasks?limit=2&offset=2");
    expect(ids(page)).toEqual([t.b1, t.a4]);
    expect(page.body.count).toBe(7);
    const past = await as(em, KEYS.admin).get("/v1/tasks?offset=50");
    expect(past.body).toEqual({ count: 7, results: [] });
  });

  it("orders by creation: order_by, or the older sorting", async () => {
    expect(ids(await as(em, KEYS.alpha).get("/v1/tasks?order_by=asc"))).toEqual([t.a1, t.a2, t.a3, t.a4, t.a5]);
    expect(ids(await as(em, KEYS.alpha).get("/v1/tasks?sorting=asc"))).toEqual([t.a1, t.a2, t.a3, t.a4, t.a5]);
    expect(ids(await as(em, KEYS.alpha).get("/v1/tasks?sorting=asc&order_by=desc"))).toEqual([
      t.a5,
      t.a4,
      t.a3,
      t.a2,
      t.a1,
    ]);
  });

  it("filters by project, region, state (repeated or comma-separated), type and time", async () => {
    const alpha = as(em, KEYS.alpha);
    expect(ids(await alpha.get("/v1/tasks?project_id=11"))).toEqual([t.a4]);
    expect(ids(await alpha.get("/v1/tasks?project_id=11&project_id=10&region_id=2"))).toEqual([t.a3]);
    // A project the caller may not read matches nothing, like one that does not exist.
    expect((await alpha.get("/v1/tasks?project_id=20")).body).toEqual({ count: 0, results: [] });
    expect(ids(await alpha.get("/v1/tasks?state=ERROR"))).toEqual([t.a5]);
    expect(ids(await alpha.get("/v1/tasks?state=ERROR&state=FINISHED&order_by=asc"))).toEqual([
      t.a1,
      t.a2,
      t.a3,
      t.a4,
      t.a5,
    ]);
    expect(ids(await alpha.get("/v1/tasks?state=NEW,RUNNING"))).toEqual([]);
    expect(ids(await alpha.get("/v1/tasks?task_type=download_image"))).toEqual([t.a5]);
    expect(
      ids(await alpha.get("/v1/tasks?from_timestamp=2025-04-10T08:01:00Z&to_timestamp=2025-04-10T08:02:00Z")),
    ).toEqual([t.a3, t.a2]);
    // Without an offset the time is UTC; with one it is converted.
    expect(ids(await alpha.get("/v1/tasks?from_timestamp=2025-04-10T08:03:00"))).toEqual([t.a5, t.a4]);
    expect(ids(await alpha.get(`/v1/tasks?to_timestamp=${encodeURIComponent("2025-04-10T10:00:30+02:00")}`))).toEqual([
      t.a1,
    ]);
    expect(ids(await alpha.get("/v1/tasks?from_timestamp=2025-04-11"))).toEqual([]);
  });

  it("lists a project's active tasks", async () => {
    let clock = Date.parse("2026-01-01T00:00:00Z");
    const polled = newEmulator({ tasks: { mode: "polls", polls: 2 }, clock: () => clock });
    const api = as(polled, KEYS.alpha);
    const up = await api.post("/v1/downloadimage/10/1", { name: "active-up", url: "https://example.com/a.img" });
    clock += 1000;
    const create = await api.post("/v1/images/10/1", { name: "active-create", volume_id: demoVolumeId(10, 1) });
    await api.post("/v1/images/11/1", { name: "elsewhere", volume_id: demoVolumeId(11, 1) });
    const active = await api.get("/v1/tasks/10/1/active");
    expect(ids(active)).toEqual([create.body.tasks[0], up.body.tasks[0]]);
    expect(active.body.results.map((x: { state: string }) => x.state)).toEqual(["NEW", "NEW"]);
    expect(ids(await api.get("/v1/tasks/10/1/active?task_type=download_image"))).toEqual([up.body.tasks[0]]);
    expect(
      ids(await api.get("/v1/tasks/10/1/active?task_type=download_image&task_type=create_image&limit=1&offset=1")),
    ).toEqual([up.body.tasks[0]]);
    await api.get(`/v1/tasks/${up.body.tasks[0]}`);
    await api.get(`/v1/tasks/${up.body.tasks[0]}`);
    expect(ids(await api.get("/v1/tasks/10/1/active"))).toEqual([create.body.tasks[0]]);
    expect(ids(await as(polled, KEYS.resellerAcme).get("/v1/tasks/10/1/active"))).toEqual([create.body.tasks[0]]);
    expectError(await as(polled, KEYS.beta).get("/v1/tasks/10/1/active"), 404, "NotFoundError");
    expectError(await api.get("/v1/tasks/10/9/active"), 404, "NotFoundError");
    // An unfinished task cannot be acknowledged yet.
    const early = await api.post(`/v1/tasks/${create.body.tasks[0]}/acknowledge`);
    expectError(early, 409, "ConflictError");
    expect(early.body.message).toBe(
      `Task ${create.body.tasks[0]} is NEW: only a FINISHED or ERROR task can be acknowledged`,
    );
    await polled.close();
  });
});

describe("acknowledge", () => {
  const em = newEmulator({ clock: () => now });
  let t: Record<string, string>;
  beforeAll(async () => {
    t = await seedTasks(em);
  });
  afterAll(() => em.close());

  it("one task: sets acknowledged_at/by and returns the task; again changes nothing", async () => {
    const alpha = as(em, KEYS.alpha);
    const before = await alpha.get(`/v1/tasks/${t.a1}`);
    expect(before.body).toMatchObject({ acknowledged_at: null, acknowledged_by: null });
    const acked = await alpha.post(`/v1/tasks/${t.a1}/acknowledge`);
    expect(acked.status).toBe(200);
    expect(acked.body).toEqual({ ...before.body, acknowledged_at: new Date(now).toISOString(), acknowledged_by: 1001 });
    now += MINUTE;
    expect((await alpha.post(`/v1/tasks/${t.a1}/acknowledge`)).body).toEqual(acked.body);
    expect(ids(await alpha.get("/v1/tasks?is_acknowledged=true"))).toEqual([t.a1]);
    expect(ids(await alpha.get("/v1/tasks?is_acknowledged=false"))).toEqual([t.a5, t.a4, t.a3, t.a2]);
  });

  it("a task the caller cannot see is a 404; a reseller may read but not acknowledge", async () => {
    const beta = await as(em, KEYS.beta).post(`/v1/tasks/${t.a2}/acknowledge`);
    expectError(beta, 404, "NotFoundError");
    expect(beta.body.message).toBe(`Task ${t.a2} not found`);
    expectError(
      await as(em, KEYS.alpha).post("/v1/tasks/00000000-0000-4000-8000-000000000000/acknowledge"),
      404,
      "NotFoundError",
    );
    const reseller = await as(em, KEYS.resellerAcme).post(`/v1/tasks/${t.a2}/acknowledge`);
    expectError(reseller, 403, "ForbiddenError");
    expectError(await as(em, KEYS.resellerAcme).post("/v1/tasks/acknowledge_all"), 403, "ForbiddenError");
    expect((await as(em, KEYS.alpha).get(`/v1/tasks/${t.a2}`)).body.acknowledged_at).toBeNull();
  });

  it("all: scoped by project and region, then everything the caller may acknowledge; nobody else's", async () => {
    const alpha = as(em, KEYS.alpha);
    expect((await alpha.post("/v1/tasks/acknowledge_all?project_id=10&region_id=2")).status).toBe(204);
    expect(ids(await alpha.get("/v1/tasks?is_acknowledged=true"))).toEqual([t.a3, t.a1]);
    expect((await alpha.post("/v1/tasks/acknowledge_all?project_id=10")).status).toBe(204);
    expect(ids(await alpha.get("/v1/tasks?is_acknowledged=false"))).toEqual([t.a4]);
    expectError(await alpha.post("/v1/tasks/acknowledge_all?project_id=20"), 404, "NotFoundError");
    expectError(await alpha.post("/v1/tasks/acknowledge_all?region_id=9"), 404, "NotFoundError");
    expect((await alpha.post("/v1/tasks/acknowledge_all")).status).toBe(204);
    expect((await alpha.get("/v1/tasks?is_acknowledged=false")).body.count).toBe(0);
    // Beta's and gamma's tasks are untouched; the admin acknowledges them.
    expect(ids(await as(em, KEYS.admin).get("/v1/tasks?is_acknowledged=false"))).toEqual([t.g1, t.b1]);
    expect((await as(em, KEYS.admin).post("/v1/tasks/acknowledge_all?region_id=1")).status).toBe(204);
    const all = await as(em, KEYS.admin).get("/v1/tasks?is_acknowledged=true");
    expect(all.body.count).toBe(7);
    expect(all.body.results.find((x: { id: string }) => x.id === t.b1).acknowledged_by).toBe(1);
  });

  it("acknowledge_all leaves unfinished tasks alone", async () => {
    const polled = newEmulator({ tasks: { mode: "polls", polls: 5 } });
    const api = as(polled, KEYS.alpha);
    const running = await api.post("/v1/images/10/1", { name: "still-running", volume_id: demoVolumeId(10, 1) });
    expect((await api.post("/v1/tasks/acknowledge_all")).status).toBe(204);
    expect((await api.get(`/v1/tasks/${running.body.tasks[0]}`)).body).toMatchObject({
      state: "RUNNING",
      acknowledged_at: null,
    });
    await polled.close();
  });
});
