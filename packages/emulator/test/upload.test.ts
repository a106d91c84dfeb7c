// Upload from a URL: the image goes queued → saving → active, its task may finish while it is
// still saving (the first look after the task finds it saving, the next one active with a size),
// a host under .invalid fails the download, and the image follows the rules of created images.
import { afterEach, describe, expect, it } from "vitest";
import type { Emulator } from "../src/index.js";
import { as, expectError, KEYS, newEmulator, tempDir } from "./helpers.js";

const open: Emulator[] = [];
const track = (em: Emulator) => {
  open.push(em);
  return em;
};
afterEach(async () => {
  await Promise.all(open.splice(0).map((em) => em.close()));
});

const URL_OK = "https://images.example.com/jammy-server-cloudimg-amd64.img";

async function upload(em: Emulator, body: Record<string, unknown> = {}, key: string = KEYS.alpha) {
  const api = as(em, key);
  const created = await api.post("/v1/downloadimage/10/1", { name: "uploaded-img", url: URL_OK, ...body });
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  return { api, taskId: created.body.tasks[0] as string };
}

describe("upload from a URL", () => {
  it("the task finishes while the image is still saving; the next look finds it active with a size", async () => {
    const em = track(newEmulator());
    const { api, taskId } = await upload(em, {
      metadata: { owner: "team-a" },
      os_distro: "ubuntu",
      os_version: "22.04",
    });
    const task = await api.get(`/v1/tasks/${taskId}`);
    expect(task.body).toMatchObject({
      state: "FINISHED",
      task_type: "download_image",
      project_id: 10,
      region_id: 1,
      error: null,
    });
    const id = task.body.created_resources.images[0];
    const first = await api.get(`/v1/images/10/1/${id}`);
    expect(first.body).toMatchObject({ status: "saving", size: 0, task_id: null, creator_task_id: taskId });
    const second = await api.get(`/v1/images/10/1/${id}`);
    expect(second.body).toMatchObject({
      status: "active",
      task_id: null,
      os_distro: "ubuntu",
      os_version: "22.04",
      visibility: "private",
      disk_format: "qcow2",
    });
    expect(second.body.size).toBeGreaterThan(0);
    expect(second.body.min_disk).toBe(Math.ceil(second.body.size / 1_073_741_824));
    // The same URL always gives the same size.
    const again = await upload(em);
    const againId = (await api.get(`/v1/tasks/${again.taskId}`)).body.created_resources.images[0];
    await api.get(`/v1/images/10/1/${againId}`);
    expect((await api.get(`/v1/images/10/1/${againId}`)).body.size).toBe(second.body.size);
  });

  it("user metadata as on create, plus the read-only image_source=url", async () => {
    const em = track(newEmulator());
    const { api, taskId } = await upload(em, { metadata: { owner: "team-a" } });
    const id = (await api.get(`/v1/tasks/${taskId}`)).body.created_resources.images[0];
    expect((await api.get(`/v1/images/10/1/${id}/metadata`)).body.results).toEqual([
      { key: "image_source", value: "url", read_only: true },
      { key: "owner", value: "team-a", read_only: false },
    ]);
    expectError(await api.post(`/v1/images/10/1/${id}/metadata`, { image_source: "volume" }), 403, "ForbiddenError");
    expect((await api.post(`/v1/images/10/1/${id}/metadata`, { env: "prod" })).status).toBe(204);
    const refused = await api.post("/v1/downloadimage/10/1", {
      name: "sneaky",
      url: URL_OK,
      metadata: { image_source: "public" },
    });
    expectError(refused, 403, "ForbiddenError");
  });

  it("a list is a look too: listed saving once, then active", async () => {
    const em = track(newEmulator());
    const { api, taskId } = await upload(em);
    const id = (await api.get(`/v1/tasks/${taskId}`)).body.created_resources.images[0];
    const find = async (path: string) => (await api.get(path)).body.results.find((i: { id: string }) => i.id === id);
    expect(await find("/v1/projectimages/10/1")).toMatchObject({ status: "saving", size: 0 });
    const active = await find("/v1/images/10/1");
    expect(active.status).toBe("active");
    expect(active.size).toBeGreaterThan(0);
  });

  it("polls mode: queued until the task runs, saving while it runs and after it finished", async () => {
    const em = track(newEmulator({ tasks: { mode: "polls", polls: 2 } }));
    const { api, taskId } = await upload(em);
    const own = async () =>
      (await api.get("/v1/projectimages/10/1")).body.results.find((i: { name: string }) => i.name === "uploaded-img");
    expect(await own()).toMatchObject({ status: "queued", size: 0, task_id: taskId });
    expect((await api.get(`/v1/tasks/${taskId}`)).body.state).toBe("RUNNING");
    expect(await own()).toMatchObject({ status: "saving", size: 0, task_id: taskId });
    expect((await api.get(`/v1/tasks/${taskId}`)).body.state).toBe("FINISHED");
    expect(await own()).toMatchObject({ status: "saving", size: 0, task_id: null });
    expect((await own()).status).toBe("active");
  });

  it("a host under .invalid ends the task in ERROR with a message and the image in error", async () => {
    const em = track(newEmulator());
    const url = "http://mirror.unreachable.invalid/disk.qcow2";
    const { api, taskId } = await upload(em, { url });
    const task = await api.get(`/v1/tasks/${taskId}`);
    expect(task.body).toMatchObject({
      state: "ERROR",
      created_resources: null,
      error: `Failed to download image from ${url}: could not resolve host mirror.unreachable.invalid`,
    });
    const image = (await api.get("/v1/projectimages/10/1")).body.results.find(
      (i: { name: string }) => i.name === "uploaded-img",
    );
    expect(image).toMatchObject({ status: "error", size: 0, task_id: null });
    expect((await api.delete(`/v1/images/10/1/${image.id}`)).status).toBe(200);
  });

  it("takes every field of the body: cow_format stores raw, is_baremetal null reads as false, windows defaults", async () => {
    const em = track(newEmulator());
    const { api, taskId } = await upload(em, {
      architecture: "aarch64",
      cow_format: true,
      hw_firmware_type: "uefi",
      hw_machine_type: null,
      is_baremetal: null,
      os_type: "windows",
      ssh_key: "deny",
      os_distro: null,
      os_version: null,
    });
    const id = (await api.get(`/v1/tasks/${taskId}`)).body.created_resources.images[0];
    expect((await api.get(`/v1/images/10/1/${id}`)).body).toMatchObject({
      architecture: "aarch64",
      disk_format: "raw",
      hw_firmware_type: "uefi",
      hw_machine_type: null,
      is_baremetal: false,
      os_type: "windows",
      os_distro: "windows",
      os_version: "",
      ssh_key: "deny",
    });
  });

  it("is private to the project like a created image; a reseller cannot upload", async () => {
    const em = track(newEmulator());
    const { api, taskId } = await upload(em);
    const id = (await api.get(`/v1/tasks/${taskId}`)).body.created_resources.images[0];
    expectError(await as(em, KEYS.alpha).get(`/v1/images/11/1/${id}`), 404, "NotFoundError");
    expectError(await as(em, KEYS.beta).get(`/v1/images/20/1/${id}`), 404, "NotFoundError");
    expect((await as(em, KEYS.resellerAcme).get(`/v1/images/10/1/${id}`)).status).toBe(200);
    expectError(
      await as(em, KEYS.resellerAcme).post("/v1/downloadimage/10/1", { name: "by-reseller", url: URL_OK }),
      403,
      "ForbiddenError",
    );
    expectError(
      await as(em, KEYS.beta).post("/v1/downloadimage/10/1", { name: "by-beta", url: URL_OK }),
      404,
      "NotFoundError",
    );
    expect((await as(em, KEYS.admin).get(`/v1/images/10/1/${id}`)).status).toBe(200);
  });

  it("an Idempotency-Key replays the upload, and is refused for a create on the same project", async () => {
    const em = track(newEmulator());
    const api = as(em, KEYS.alpha);
    const headers = { "idempotency-key": "upload-1" };
    const first = await api.post("/v1/downloadimage/10/1", { name: "idem-up", url: URL_OK }, { headers });
    const second = await api.post("/v1/downloadimage/10/1", { name: "idem-up", url: URL_OK }, { headers });
    expect(second.body).toEqual(first.body);
    const create = await api.post(
      "/v1/images/10/1",
      { name: "idem-create", volume_id: "22222222-0000-4000-8000-000010010001" },
      { headers },
    );
    expectError(create, 409, "ConflictError");
  });

  it("survives a restart: an unfinished download resumes, and the first look is remembered", async () => {
    const tmp = tempDir();
    try {
      const db = tmp.file("upload.db");
      let now = Date.parse("2026-01-01T00:00:00Z");
      const first = newEmulator({ db, tasks: { mode: "delay", ms: 60_000 }, clock: () => now });
      const { taskId } = await upload(first);
      await first.close();
      now += 60_000;
      const second = track(newEmulator({ db, tasks: { mode: "delay", ms: 60_000 }, clock: () => now }));
      const api = as(second, KEYS.alpha);
      const task = await api.get(`/v1/tasks/${taskId}`);
      expect(task.body.state).toBe("FINISHED");
      const id = task.body.created_resources.images[0];
      expect((await api.get(`/v1/images/10/1/${id}`)).body.status).toBe("saving");
      await second.close();
      const third = track(newEmulator({ db }));
      expect((await as(third, KEYS.alpha).get(`/v1/images/10/1/${id}`)).body.status).toBe("active");
    } finally {
      tmp.remove();
    }
  });
});
