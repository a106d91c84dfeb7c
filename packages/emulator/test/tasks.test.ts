// Task timing (immediate / delay / polls) and resumption when the database is reopened.
import { afterEach, describe, expect, it } from "vitest";
import { createEmulator, type Emulator } from "../src/index.js";
import { as, demoVolumeId, KEYS, newEmulator, tempDir } from "./helpers.js";

const open: Emulator[] = [];
const track = (em: Emulator) => {
  open.push(em);
  return em;
};
afterEach(async () => {
  await Promise.all(open.splice(0).map((em) => em.close()));
});

async function startCreate(em: Emulator, name = "timed-img") {
  const api = as(em, KEYS.alpha);
  const created = await api.post("/v1/images/10/1", { name, volume_id: demoVolumeId(10, 1) });
  return { api, taskId: created.body.tasks[0] as string };
}

describe("task timing", () => {
  it("immediate: FINISHED on the first poll, image active", async () => {
    const em = track(newEmulator());
    const { api, taskId } = await startCreate(em);
    const task = await api.get(`/v1/tasks/${taskId}`);
    expect(task.body.state).toBe("FINISHED");
    const image = await api.get(`/v1/images/10/1/${task.body.created_resources.images[0]}`);
    expect(image.body.status).toBe("active");
  });

  it("delay: NEW, then RUNNING (image saving), then FINISHED after the delay (test clock)", async () => {
    let now = Date.parse("2026-01-01T00:00:00Z");
    const em = track(newEmulator({ tasks: { mode: "delay", ms: 60_000 }, clock: () => now }));
    const { api, taskId } = await startCreate(em);
    const first = await api.get(`/v1/tasks/${taskId}`);
    expect(first.body.state).toBe("RUNNING");
    expect(first.body.created_on).toBe("2026-01-01T00:00:00.000Z");
    const owned = await api.get("/v1/projectimages/10/1");
    const saving = owned.body.results.find((i: any) => i.creator_task_id === taskId);
    expect(saving).toMatchObject({ status: "saving", size: 0, task_id: taskId });
    now += 59_999;
    expect((await api.get(`/v1/tasks/${taskId}`)).body.state).toBe("RUNNING");
    now += 1;
    const done = await api.get(`/v1/tasks/${taskId}`);
    expect(done.body).toMatchObject({ state: "FINISHED", finished_on: "2026-01-01T00:01:00.000Z" });
    expect((await api.get(`/v1/images/10/1/${saving.id}`)).body).toMatchObject({ status: "active", task_id: null });
  });

  it("delay with the real clock finishes by itself", async () => {
    const em = track(newEmulator({ tasks: { mode: "delay", ms: 30 } }));
    const { api, taskId } = await startCreate(em);
    await new Promise((r) => setTimeout(r, 80));
    expect((await api.get(`/v1/tasks/${taskId}`)).body.state).toBe("FINISHED");
  });

  it("polls: FINISHED exactly on the N-th poll", async () => {
    const em = track(newEmulator({ tasks: { mode: "polls", polls: 3 } }));
    const { api, taskId } = await startCreate(em);
    const states = [];
    for (let i = 0; i < 4; i++) states.push((await api.get(`/v1/tasks/${taskId}`)).body.state);
    expect(states).toEqual(["RUNNING", "RUNNING", "FINISHED", "FINISHED"]);
    // Another caller's polls of an invisible task count for nothing (404).
    const second = await startCreate(em, "second-img");
    expect((await as(em, KEYS.beta).get(`/v1/tasks/${second.taskId}`)).status).toBe(404);
    expect((await api.get(`/v1/tasks/${second.taskId}`)).body.state).toBe("RUNNING");
  });

  it("a delete in polls mode keeps the image 'deleting' (409 on a second delete) until it finishes", async () => {
    const em = track(newEmulator({ tasks: { mode: "polls", polls: 1 } }));
    const { api, taskId } = await startCreate(em);
    const imageId = (await api.get(`/v1/tasks/${taskId}`)).body.created_resources.images[0];
    const del = await api.delete(`/v1/images/10/1/${imageId}`);
    expect((await api.get(`/v1/images/10/1/${imageId}`)).body.status).toBe("deleting");
    expect((await api.delete(`/v1/images/10/1/${imageId}`)).status).toBe(409);
    expect((await api.get(`/v1/tasks/${del.body.tasks[0]}`)).body.state).toBe("FINISHED");
    expect((await api.get(`/v1/images/10/1/${imageId}`)).status).toBe(404);
  });

  it("unfinished tasks are resumed when the database is opened again", async () => {
    const tmp = tempDir();
    try {
      const db = tmp.file("resume.db");
      const first = createEmulator({ db, tasks: { mode: "polls", polls: 1000 } });
      const { taskId } = await startCreate(first);
      await first.close();
      const second = track(createEmulator({ db, tasks: { mode: "immediate" } }));
      const task = await as(second, KEYS.alpha).get(`/v1/tasks/${taskId}`);
      expect(task.body.state).toBe("FINISHED");
      const image = await as(second, KEYS.alpha).get(`/v1/images/10/1/${task.body.created_resources.images[0]}`);
      expect(image.body.status).toBe("active");
    } finally {
      tmp.remove();
    }
  });

  it("Idempotency-Key: a repeated create returns the first task", async () => {
    const em = track(newEmulator());
    const api = as(em, KEYS.alpha);
    const body = { name: "idem-img", volume_id: demoVolumeId(10, 1) };
    const headers = { headers: { "idempotency-key": "abc-123" } };
    const a = await api.post("/v1/images/10/1", body, headers);
    const b = await api.post("/v1/images/10/1", body, headers);
    expect(b.body.tasks).toEqual(a.body.tasks);
    expect(
      (await api.get("/v1/projectimages/10/1")).body.results.filter((i: any) => i.name === "idem-img"),
    ).toHaveLength(1);
  });
});
