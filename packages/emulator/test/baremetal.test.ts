// Bare-metal images: /v1/bmimages lists the bare-metal images a project may use (the rules and
// filters of /v1/images), the image lists hold the others, get/update/delete work by id for both,
// and POST /v1/bmimages creates a bare-metal image from a volume like POST /v1/images.
import { afterAll, describe, expect, it } from "vitest";
import { as, createImage, demoImageIds, demoVolumeId, expectError, KEYS, newEmulator } from "./helpers.js";

const ids = (reply: { body: { results: Array<{ id: string }> } }) => reply.body.results.map((i) => i.id).sort();

describe("bare-metal images", () => {
  const em = newEmulator();
  afterAll(() => em.close());
  const alpha = as(em, KEYS.alpha);

  it("/v1/bmimages lists the public bare-metal images and the project's own, with is_baremetal true", async () => {
    const list = await alpha.get("/v1/bmimages/10/1");
    expect(list.status).toBe(200);
    expect(ids(list)).toEqual(
      [demoImageIds.alphaBaremetalGolden, demoImageIds.debian12BaremetalR1, demoImageIds.ubuntu2204BaremetalR1].sort(),
    );
    expect(list.body.count).toBe(3);
    for (const image of list.body.results) expect(image.is_baremetal).toBe(true);
    expect(ids(await alpha.get("/v1/bmimages/10/2"))).toEqual([demoImageIds.ubuntu2204BaremetalR2]);
    expect(ids(await as(em, KEYS.beta).get("/v1/bmimages/20/1"))).toEqual(
      [demoImageIds.debian12BaremetalR1, demoImageIds.ubuntu2204BaremetalR1].sort(),
    );
  });

  it("the image lists leave them out; get, metadata and update by id work", async () => {
    const all = await alpha.get("/v1/images/10/1");
    for (const image of all.body.results) expect(image.is_baremetal).toBe(false);
    expect(ids(all)).not.toContain(demoImageIds.ubuntu2204BaremetalR1);
    expect(ids(await alpha.get("/v1/projectimages/10/1"))).toEqual([demoImageIds.alphaWebGolden]);
    expect(ids(await alpha.get("/v1/images/10/1?private="))).toEqual([demoImageIds.alphaWebGolden]);
    const golden = await alpha.get(`/v1/images/10/1/${demoImageIds.alphaBaremetalGolden}`);
    expect(golden.body).toMatchObject({
      name: "alpha-bm-golden",
      is_baremetal: true,
      hw_firmware_type: "uefi",
      disk_format: "raw",
    });
    expect((await alpha.get(`/v1/images/10/1/${demoImageIds.ubuntu2204BaremetalR1}`)).body.visibility).toBe("public");
    expect(
      (await alpha.patch(`/v1/images/10/1/${demoImageIds.alphaBaremetalGolden}`, { ssh_key: "required" })).body.ssh_key,
    ).toBe("required");
    expectError(
      await as(em, KEYS.beta).get(`/v1/images/20/1/${demoImageIds.alphaBaremetalGolden}`),
      404,
      "NotFoundError",
    );
  });

  it("takes the filters of the image list", async () => {
    expect(ids(await alpha.get("/v1/bmimages/10/1?visibility=private"))).toEqual([demoImageIds.alphaBaremetalGolden]);
    expect(ids(await alpha.get("/v1/bmimages/10/1?private=1"))).toEqual([demoImageIds.alphaBaremetalGolden]);
    expect(
      ids(await alpha.get(`/v1/bmimages/10/1?metadata_kv=${encodeURIComponent('{"os_distro":"debian"}')}`)),
    ).toEqual([demoImageIds.debian12BaremetalR1]);
    expect(ids(await alpha.get(`/v1/bmimages/10/1?metadata_k=${encodeURIComponent('["owner"]')}`))).toEqual([
      demoImageIds.alphaBaremetalGolden,
    ]);
    const priced = await alpha.get("/v1/bmimages/10/1?include_prices=true");
    for (const image of priced.body.results)
      expect(image).toMatchObject({ currency_code: "USD", price_status: "hide" });
  });

  it("shared-image limits apply as on /v1/images", async () => {
    const admin = as(em, KEYS.admin);
    expect(
      (
        await admin.put("/v1/shared_image", {
          entity_type: "project",
          entity_id: 20,
          region_id: 1,
          image_ids: [demoImageIds.debian12BaremetalR1],
        })
      ).status,
    ).toBe(200);
    expect(ids(await as(em, KEYS.beta).get("/v1/bmimages/20/1"))).toEqual([demoImageIds.debian12BaremetalR1]);
    expect((await admin.delete("/v1/shared_image?entity_type=project&entity_id=20&region_id=1")).status).toBe(204);
  });

  it("POST /v1/bmimages creates a bare-metal image from a volume, whatever is_baremetal says", async () => {
    for (const is_baremetal of [undefined, null, false]) {
      const created = await alpha.post("/v1/bmimages/10/1", {
        name: "bm-from-volume",
        volume_id: demoVolumeId(10, 1),
        is_baremetal,
        metadata: { team: "metal" },
      });
      expect(created.status, JSON.stringify(created.body)).toBe(200);
      const task = await alpha.get(`/v1/tasks/${created.body.tasks[0]}`);
      expect(task.body).toMatchObject({ state: "FINISHED", task_type: "create_image" });
      const id = task.body.created_resources.images[0];
      expect((await alpha.get(`/v1/images/10/1/${id}`)).body).toMatchObject({
        status: "active",
        is_baremetal: true,
        metadata: { team: "metal", image_source: "volume" },
      });
      expect(ids(await alpha.get("/v1/bmimages/10/1"))).toContain(id);
      expect(ids(await alpha.get("/v1/images/10/1"))).not.toContain(id);
    }
    expectError(
      await as(em, KEYS.resellerAcme).post("/v1/bmimages/10/1", {
        name: "bm-reseller",
        volume_id: demoVolumeId(10, 1),
      }),
      403,
      "ForbiddenError",
    );
    expectError(
      await alpha.post("/v1/bmimages/10/1", { name: "bm-other", volume_id: demoVolumeId(20, 1) }),
      404,
      "NotFoundError",
    );
  });

  it("POST /v1/images with is_baremetal true (or null) files the image in the matching list", async () => {
    const plain = await createImage(em, KEYS.alpha, 11, 1, "plain-image");
    expect(ids(await alpha.get("/v1/images/11/1"))).toContain(plain.imageId);
    const flagged = await alpha.post("/v1/images/11/1", {
      name: "metal-flag-true",
      volume_id: demoVolumeId(11, 1),
      is_baremetal: true,
    });
    const id = (await alpha.get(`/v1/tasks/${flagged.body.tasks[0]}`)).body.created_resources.images[0];
    expect(ids(await alpha.get("/v1/bmimages/11/1"))).toContain(id);
    const nulled = await alpha.post("/v1/images/11/1", {
      name: "metal-flag-null",
      volume_id: demoVolumeId(11, 1),
      is_baremetal: null,
    });
    expect(nulled.status).toBe(200);
    // PATCH moves an image between the lists.
    expect((await alpha.patch(`/v1/images/11/1/${id}`, { is_baremetal: false })).body.is_baremetal).toBe(false);
    expect(ids(await alpha.get("/v1/images/11/1"))).toContain(id);
  });
});
