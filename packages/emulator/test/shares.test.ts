// Shared-image and reseller-image limits: null = all public, [] = none, a list = those images;
// the most specific record (project, then client, then reseller) decides.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Emulator } from "../src/index.js";
import { as, createImage, demoImageIds, expectError, KEYS, newEmulator } from "./helpers.js";

const PUBLIC_R1 = [
  demoImageIds.ubuntu2204r1,
  demoImageIds.ubuntu2404r1,
  demoImageIds.debian12r1,
  demoImageIds.windows2022r1,
];

describe("shared-image limits", () => {
  let em: Emulator;
  beforeEach(() => {
    em = newEmulator();
  });
  afterEach(() => em.close());

  const visible = async (key: string, project: number, region = 1) =>
    (await as(em, key).get(`/v1/images/${project}/${region}?visibility=public`)).body.results.map((i: any) => i.id);
  const share = (key: string, entity_type: string, entity_id: number, image_ids: string[] | null, region_id = 1) =>
    as(em, key).put("/v1/shared_image", { entity_type, entity_id, region_id, image_ids });

  it("no record and image_ids null mean all public images", async () => {
    expect(await visible(KEYS.beta, 20)).toEqual(PUBLIC_R1);
    expect((await share(KEYS.admin, "reseller", 100, null)).body).toMatchObject({
      count: 1,
      results: [{ entity_type: "reseller", entity_id: 100, image_ids: null, region_id: 1 }],
    });
    expect(await visible(KEYS.beta, 20)).toEqual(PUBLIC_R1);
  });

  it("[] hides every public image, a list shows only those", async () => {
    await share(KEYS.resellerAcme, "reseller", 100, []);
    expect(await visible(KEYS.beta, 20)).toEqual([]);
    expect(await visible(KEYS.alpha, 10)).toEqual([]);
    expect(await visible(KEYS.gamma, 30)).toEqual(PUBLIC_R1); // another reseller's clients are unaffected
    expectError(await as(em, KEYS.beta).get(`/v1/images/20/1/${demoImageIds.ubuntu2204r1}`), 404, "NotFoundError");
    await share(KEYS.resellerAcme, "reseller", 100, [demoImageIds.debian12r1]);
    expect(await visible(KEYS.beta, 20)).toEqual([demoImageIds.debian12r1]);
    expect((await as(em, KEYS.beta).get(`/v1/images/20/1/${demoImageIds.debian12r1}`)).status).toBe(200);
    // Region 2 has no record: everything public there.
    expect(await visible(KEYS.beta, 20, 2)).toEqual([demoImageIds.ubuntu2404r2, demoImageIds.debian12r2]);
  });

  it("the most specific record wins: project over client over reseller", async () => {
    await share(KEYS.admin, "reseller", 100, []);
    await share(KEYS.admin, "client", 1001, [demoImageIds.ubuntu2404r1]);
    await share(KEYS.admin, "project", 11, null);
    expect(await visible(KEYS.beta, 20)).toEqual([]); // reseller record
    expect(await visible(KEYS.alpha, 10)).toEqual([demoImageIds.ubuntu2404r1]); // client record
    expect(await visible(KEYS.alpha, 11)).toEqual(PUBLIC_R1); // project record (null)
    await as(em, KEYS.admin).delete("/v1/shared_image?entity_type=project&entity_id=11");
    expect(await visible(KEYS.alpha, 11)).toEqual([demoImageIds.ubuntu2404r1]);
    await as(em, KEYS.admin).delete("/v1/shared_image?entity_type=client&entity_id=1001&region_id=1");
    expect(await visible(KEYS.alpha, 11)).toEqual([]);
  });

  it("a reseller shares a client's image with all its clients", async () => {
    const { imageId } = await createImage(em, KEYS.alpha, 10, 1, "alpha-base");
    expectError(await as(em, KEYS.beta).get(`/v1/images/20/1/${imageId}`), 404, "NotFoundError");
    await share(KEYS.resellerAcme, "reseller", 100, [...PUBLIC_R1, imageId]);
    const beta = await as(em, KEYS.beta).get(`/v1/images/20/1/${imageId}`);
    expect(beta.body).toMatchObject({ id: imageId, visibility: "shared", project_id: 10 });
    expect((await as(em, KEYS.alpha).get(`/v1/images/10/1/${imageId}`)).body.visibility).toBe("shared");
    expectError(await as(em, KEYS.gamma).get(`/v1/images/30/1/${imageId}`), 404, "NotFoundError");
    // Unsharing makes it private again.
    await as(em, KEYS.resellerAcme).delete("/v1/shared_image");
    expect((await as(em, KEYS.alpha).get(`/v1/images/10/1/${imageId}`)).body.visibility).toBe("private");
    expectError(await as(em, KEYS.beta).get(`/v1/images/20/1/${imageId}`), 404, "NotFoundError");
  });

  it("only the admin or the owning reseller manage records", async () => {
    expectError(await share(KEYS.alpha, "client", 1001, []), 403, "ForbiddenError");
    expectError(await share(KEYS.resellerZeta, "reseller", 100, []), 404, "NotFoundError");
    expectError(await share(KEYS.resellerZeta, "client", 1001, []), 404, "NotFoundError");
    expectError(await share(KEYS.resellerAcme, "project", 30, []), 404, "NotFoundError");
    expectError(await share(KEYS.admin, "project", 999, []), 404, "NotFoundError");
    // A reseller cannot share another reseller's client image (it does not exist for it).
    const { imageId } = await createImage(em, KEYS.gamma, 30, 1, "gamma-img");
    const bad = await share(KEYS.resellerAcme, "reseller", 100, [imageId]);
    expectError(bad, 400, "ValidationError");
    expect(bad.body.invalid_fields.image_ids).toHaveLength(1);
    // A client may read its own records.
    await share(KEYS.admin, "client", 1001, []);
    expect((await as(em, KEYS.alpha).get("/v1/shared_image")).body).toMatchObject({
      count: 1,
      results: [{ entity_id: 1001, image_ids: [] }],
    });
    expectError(
      await as(em, KEYS.beta).get("/v1/shared_image?entity_type=client&entity_id=1001"),
      404,
      "NotFoundError",
    );
    expectError(await as(em, KEYS.admin).get("/v1/shared_image"), 400, "ValidationError");
  });

  it("reseller_image is the deprecated reseller-only form of the same records", async () => {
    const acme = as(em, KEYS.resellerAcme);
    const set = await acme.put("/v1/reseller_image", {
      reseller_id: 100,
      region_id: 1,
      image_ids: [demoImageIds.debian12r1],
    });
    expect(set.body).toEqual({ reseller_id: 100, region_id: 1, image_ids: [demoImageIds.debian12r1] });
    expect(await visible(KEYS.beta, 20)).toEqual([demoImageIds.debian12r1]);
    expect((await acme.get("/v1/reseller_image/100")).body).toEqual({ count: 1, results: [set.body] });
    expect((await acme.get("/v1/shared_image")).body.results[0]).toMatchObject({
      entity_type: "reseller",
      image_ids: [demoImageIds.debian12r1],
    });
    expectError(await as(em, KEYS.alpha).get("/v1/reseller_image/100"), 403, "ForbiddenError");
    expectError(await as(em, KEYS.resellerZeta).get("/v1/reseller_image/100"), 404, "NotFoundError");
    const del = await acme.delete("/v1/reseller_image/100?region_id=1");
    expect(del.status).toBe(200);
    expect(await visible(KEYS.beta, 20)).toEqual(PUBLIC_R1);
  });
});

describe("two processes on one database file", () => {
  it("sees shared-image changes made by the other one", async () => {
    const { tempDir } = await import("./helpers.js");
    const tmp = tempDir();
    const db = tmp.file("two.db");
    const a = newEmulator({ db });
    const b = newEmulator({ db });
    try {
      const publicIds = async () => (await as(b, KEYS.beta).get("/v1/images/20/1?visibility=public")).body.count;
      expect(await publicIds()).toBe(4);
      expect(
        (
          await as(a, KEYS.admin).put("/v1/shared_image", {
            entity_type: "client",
            entity_id: 1002,
            region_id: 1,
            image_ids: [],
          })
        ).status,
      ).toBe(200);
      expect(await publicIds()).toBe(0);
    } finally {
      await a.close();
      await b.close();
      tmp.remove();
    }
  });
});
