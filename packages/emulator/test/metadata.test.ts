import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, createImage, demoImageIds, expectError, KEYS, newEmulator } from "./helpers.js";

describe("image metadata", () => {
  const em = newEmulator();
  const alpha = as(em, KEYS.alpha);
  let base = "";
  afterAll(() => em.close());
  beforeAll(async () => {
    const { imageId } = await createImage(em, KEYS.alpha, 10, 1, "meta-img", { owner: "team-a" });
    base = `/v1/images/10/1/${imageId}`;
  });

  const state = async () => {
    const [list, image] = await Promise.all([alpha.get(`${base}/metadata`), alpha.get(base)]);
    // The Image's `metadata` and `metadata_detailed` agree with the metadata endpoint.
    expect(image.body.metadata_detailed).toEqual(list.body.results);
    expect(image.body.metadata).toEqual(Object.fromEntries(list.body.results.map((i: any) => [i.key, i.value])));
    expect(list.body.count).toBe(list.body.results.length);
    return list.body.results as { key: string; value: string; read_only: boolean }[];
  };

  it("POST merges, PUT replaces and keeps read-only items", async () => {
    expect((await alpha.post(`${base}/metadata`, { env: "dev", owner: "team-b" })).status).toBe(204);
    expect((await state()).filter((i) => !i.read_only)).toEqual([
      { key: "env", value: "dev", read_only: false },
      { key: "owner", value: "team-b", read_only: false },
    ]);
    expect((await alpha.put(`${base}/metadata`, { only: "this" })).status).toBe(204);
    const items = await state();
    expect(items.filter((i) => !i.read_only)).toEqual([{ key: "only", value: "this", read_only: false }]);
    expect(items.filter((i) => i.read_only).map((i) => i.key)).toEqual(["image_source", "source_volume_id"]);
  });

  it("items by ?key=", async () => {
    expect((await alpha.get(`${base}/metadata_item?key=only`)).body).toEqual({
      key: "only",
      value: "this",
      read_only: false,
    });
    expect((await alpha.delete(`${base}/metadata_item?key=only`)).status).toBe(204);
    expectError(await alpha.get(`${base}/metadata_item?key=only`), 404, "NotFoundError");
    expectError(await alpha.delete(`${base}/metadata_item?key=only`), 404, "NotFoundError");
    expectError(await alpha.get(`${base}/metadata_item`), 400, "ValidationError");
  });

  it("read-only items cannot be changed or deleted", async () => {
    const before = await state();
    expectError(await alpha.post(`${base}/metadata`, { image_source: "hacked" }), 403, "ForbiddenError");
    expectError(await alpha.put(`${base}/metadata`, { image_source: "hacked" }), 403, "ForbiddenError");
    expectError(await alpha.delete(`${base}/metadata_item?key=image_source`), 403, "ForbiddenError");
    expectError(await alpha.patch(base, { metadata: { image_source: "hacked" } }), 403, "ForbiddenError");
    expect(await state()).toEqual(before);
    // Repeating a read-only item with its current value changes nothing and is accepted.
    expect((await alpha.post(`${base}/metadata`, { image_source: "volume" })).status).toBe(204);
    // Public images' read-only items are not the user's either (and the image is not theirs).
    expectError(
      await alpha.post(`/v1/images/10/1/${demoImageIds.ubuntu2204r1}/metadata`, { a: "b" }),
      403,
      "ForbiddenError",
    );
  });

  it("limits keys to 255 bytes and values to 1024 bytes (UTF-8)", async () => {
    expect((await alpha.post(`${base}/metadata`, { ["k".repeat(255)]: "v".repeat(1024) })).status).toBe(204);
    const before = await state();
    // 128 × "é" is 128 characters but 256 bytes.
    const longKey = await alpha.post(`${base}/metadata`, { ["é".repeat(128)]: "v" });
    expectError(longKey, 400, "ValidationError");
    expect(Object.values(longKey.body.invalid_fields)[0]).toEqual(["key is longer than 255 bytes"]);
    expectError(await alpha.post(`${base}/metadata`, { k: "é".repeat(513) }), 400, "ValidationError");
    expectError(await alpha.post(`${base}/metadata`, { k: "v".repeat(1025) }), 400, "ValidationError");
    expectError(await alpha.post(`${base}/metadata`, { k: 1 }), 400, "ValidationError");
    expectError(await alpha.post(`${base}/metadata`, { "": "empty key" }), 400, "ValidationError");
    expect(await state()).toEqual(before);
  });

  it("filters the list by metadata_k and metadata_kv", async () => {
    await alpha.put(`${base}/metadata`, { role: "web", tier: "gold" });
    const ids = async (q: string) => (await alpha.get(`/v1/images/10/1?${q}`)).body.results.map((i: any) => i.name);
    expect(await ids(`metadata_k=${encodeURIComponent('["role"]')}`)).toEqual(["meta-img"]);
    expect(await ids(`metadata_k=${encodeURIComponent('["owner"]')}`)).toEqual(["alpha-web-golden"]);
    expect(await ids(`metadata_kv=${encodeURIComponent('{"tier":"gold","role":"web"}')}`)).toEqual(["meta-img"]);
    expect(await ids(`metadata_kv=${encodeURIComponent('{"tier":"silver"}')}`)).toEqual([]);
    expect(await ids(`metadata_kv=${encodeURIComponent('{"os_distro":"debian"}')}`)).toEqual(["debian-12-x64"]);
    expectError(await alpha.get(`/v1/images/10/1?metadata_k=notjson`), 400, "ValidationError");
    expectError(await alpha.get(`/v1/images/10/1?metadata_kv=${encodeURIComponent("[1]")}`), 400, "ValidationError");
  });
});
