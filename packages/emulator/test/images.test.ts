import { afterAll, describe, expect, it } from "vitest";
import { as, createImage, demoImageIds, demoVolumeId, expectError, KEYS, newEmulator } from "./helpers.js";

describe("images", () => {
  const em = newEmulator();
  const alpha = as(em, KEYS.alpha);
  afterAll(() => em.close());

  it("lists the demo images of alpha-prod in region 1", async () => {
    const list = await alpha.get("/v1/images/10/1");
    expect(list.status).toBe(200);
    expect(list.body.results.map((i: any) => i.id)).toEqual([
      demoImageIds.ubuntu2204r1,
      demoImageIds.ubuntu2404r1,
      demoImageIds.debian12r1,
      demoImageIds.windows2022r1,
      demoImageIds.alphaWebGolden,
    ]);
    expect(list.body.count).toBe(5);
    const golden = list.body.results[4];
    expect(golden.metadata).toEqual({ env: "prod", image_source: "volume", owner: "team-web" });
    expect(golden.region).toBe("Luxembourg 1");
    expect(golden.currency_code).toBeUndefined();
  });

  it("creates an image from a volume through a task", async () => {
    const created = await alpha.post("/v1/images/10/1", {
      name: "web-golden-2",
      volume_id: demoVolumeId(10, 1),
      metadata: { owner: "team-a" },
    });
    expect(created.status).toBe(200);
    const taskId = created.body.tasks[0];
    const task = await alpha.get(`/v1/tasks/${taskId}`);
    expect(task.body).toMatchObject({ state: "FINISHED", task_type: "create_image", project_id: 10, region_id: 1 });
    const imageId = task.body.created_resources.images[0];
    const image = await alpha.get(`/v1/images/10/1/${imageId}`);
    expect(image.body).toMatchObject({
      status: "active",
      min_disk: 10,
      creator_task_id: taskId,
      task_id: null,
      visibility: "private",
    });
    expect(image.body.size).toBeGreaterThan(0);
    expect(image.body.metadata).toEqual({
      owner: "team-a",
      image_source: "volume",
      source_volume_id: demoVolumeId(10, 1),
    });
  });

  it("refuses non-bootable, foreign and unknown volumes", async () => {
    expectError(
      await alpha.post("/v1/images/10/1", { name: "nope", volume_id: demoVolumeId(10, 1, 2) }),
      400,
      "ValidationError",
    );
    expectError(
      await alpha.post("/v1/images/10/1", { name: "nope", volume_id: demoVolumeId(20, 1) }),
      404,
      "NotFoundError",
    );
    expectError(
      await alpha.post("/v1/images/10/1", { name: "nope", volume_id: demoVolumeId(10, 2) }),
      404,
      "NotFoundError",
    );
  });

  it("deletes through a task; the image is 404 afterwards", async () => {
    const { imageId } = await createImage(em, KEYS.alpha, 10, 1, "to-delete");
    const del = await alpha.delete(`/v1/images/10/1/${imageId}`);
    expect(del.status).toBe(200);
    const task = await alpha.get(`/v1/tasks/${del.body.tasks[0]}`);
    expect(task.body.state).toBe("FINISHED");
    expectError(await alpha.get(`/v1/images/10/1/${imageId}`), 404, "NotFoundError");
  });

  it("a failing volume ends the task in ERROR", async () => {
    const created = await alpha.post("/v1/images/10/1", { name: "broken", volume_id: demoVolumeId(10, 1, 3) });
    const task = await alpha.get(`/v1/tasks/${created.body.tasks[0]}`);
    expect(task.body.state).toBe("ERROR");
    expect(task.body.error).toMatch(/corrupted/);
  });

  it("updates fields and merges metadata", async () => {
    const { imageId } = await createImage(em, KEYS.alpha, 10, 1, "to-update", { a: "1" });
    const updated = await alpha.patch(`/v1/images/10/1/${imageId}`, {
      name: "updated-name",
      ssh_key: "required",
      metadata: { b: "2" },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ name: "updated-name", ssh_key: "required" });
    expect(updated.body.metadata).toMatchObject({ a: "1", b: "2" });
  });

  it("adds prices on request", async () => {
    const image = await alpha.get(`/v1/images/10/1/${demoImageIds.windows2022r1}?include_prices=true`);
    expect(image.body).toMatchObject({ currency_code: "USD", price_status: "show", price_per_month: 30 });
  });
});
