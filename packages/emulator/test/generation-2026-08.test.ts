// The 2026-08 generation over the emulator's one store: the Image shape, the list filters and
// paging, PATCH with a tags merge patch, the tag endpoints, the absent shared/reseller endpoints,
// and the header that names the generation on every answer.
import { afterAll, describe, expect, it } from "vitest";
import { API_VERSION_HEADER } from "../src/index.js";
import {
  as,
  createImage,
  dbSignature,
  demoImageIds,
  demoVolumeId,
  expectError,
  KEYS,
  newEmulator,
  tempDir,
} from "./helpers.js";

const GOLDEN = "33333333-0000-4000-8000-000000000010";
const IMAGE = `/v1/images/10/1/${GOLDEN}`;

describe("2026-08: the header on every answer", () => {
  const seed = newEmulator();
  const today = newEmulator({ apiVersion: "2026-08" });
  afterAll(async () => {
    await seed.close();
    await today.close();
  });

  it("names the generation on success, errors, unknown routes, 405s, /health and injected faults", async () => {
    expect(API_VERSION_HEADER).toBe("x-imgctl-api-version");
    for (const [em, version] of [
      [seed, "2025-04"],
      [today, "2026-08"],
    ] as const) {
      expect(em.apiVersion).toBe(version);
      const alpha = as(em, KEYS.alpha);
      const answers = [
        await alpha.get("/v1/images/10/1"),
        await alpha.get("/v1/images/10/1/nope"),
        await alpha.get("/v1/nothing"),
        await alpha.delete("/v1/images/10/1"),
        await as(em, null).get("/v1/images/10/1"),
      ];
      for (const reply of answers) expect(reply.headers.get(API_VERSION_HEADER)).toBe(version);
      const health = await em.fetch(new Request("http://x/health"));
      expect(health.headers.get(API_VERSION_HEADER)).toBe(version);
      em.setFaults({ rules: [{ operationId: "imagesList", status: 429, times: 1 }] });
      const fault = await alpha.get("/v1/images/10/1");
      expect(fault.status).toBe(429);
      expect(fault.headers.get(API_VERSION_HEADER)).toBe(version);
      const plain = await em.handle({
        method: "GET",
        url: "http://x/cloud/v1/images/10/1",
        headers: { authorization: `APIKey ${KEYS.alpha}` },
      });
      expect(plain.headers[API_VERSION_HEADER]).toBe(version);
      em.setFaults(undefined);
    }
  });

  it("refuses an unknown generation", () => {
    expect(() => newEmulator({ apiVersion: "2024-01" as never })).toThrow(
      'Unknown API version "2024-01": use 2025-04 or 2026-08',
    );
  });
});

describe("2026-08: images", () => {
  const em = newEmulator({ apiVersion: "2026-08" });
  const alpha = as(em, KEYS.alpha);
  afterAll(() => em.close());

  it("an image has the 33 published fields: tags_v2, GPU fields, nulls for prices", async () => {
    const { status, body } = await alpha.get(IMAGE);
    expect(status).toBe(200);
    expect(Object.keys(body)).toHaveLength(33);
    expect(body).not.toHaveProperty("metadata");
    expect(body).not.toHaveProperty("metadata_detailed");
    expect(body).not.toHaveProperty("internally_shared");
    expect(body).toMatchObject({
      gpu_driver: null,
      gpu_driver_type: null,
      gpu_driver_version: null,
      currency_code: null,
      price_per_hour: null,
      price_status: null,
    });
    expect(body.tags_v2).toEqual([
      { key: "env", value: "prod", read_only: false },
      { key: "image_source", value: "volume", read_only: true },
      { key: "owner", value: "team-web", read_only: false },
    ]);
    const priced = await alpha.get(`/v1/images/10/1/${demoImageIds.windows2022r1}?include_prices=true`);
    expect(priced.body).toMatchObject({ currency_code: "USD", price_status: "show" });
    expect(priced.body.price_per_hour).toBeGreaterThan(0);
  });

  it("lists filter by tag_key (every key), tag_key_value (every pair), name, os_distro, os_version, architecture", async () => {
    const names = async (query: string) => {
      const reply = await alpha.get(`/v1/images/10/1?${query}`);
      expect(reply.status).toBe(200);
      expect(reply.body.count).toBe(reply.body.results.length);
      return reply.body.results.map((i: { name: string }) => i.name).sort();
    };
    const all = await names("");
    expect(all).toEqual([
      "alpha-web-golden",
      "debian-12-x64",
      "ubuntu-22.04-x64",
      "ubuntu-24.04-x64",
      "windows-server-2022",
    ]);
    expect(await names("tag_key=env&tag_key=owner")).toEqual(["alpha-web-golden"]);
    expect(await names("tag_key=env&tag_key=os_distro")).toEqual([]);
    expect(await names("tag_key=os_distro")).toEqual([
      "debian-12-x64",
      "ubuntu-22.04-x64",
      "ubuntu-24.04-x64",
      "windows-server-2022",
    ]);
    expect(await names(`tag_key_value=${encodeURIComponent('{"env":"prod","owner":"team-web"}')}`)).toEqual([
      "alpha-web-golden",
    ]);
    expect(await names(`tag_key_value=${encodeURIComponent('{"env":"prod","owner":"team-db"}')}`)).toEqual([]);
    expect(await names("name=UBUNTU")).toEqual(["ubuntu-22.04-x64", "ubuntu-24.04-x64"]);
    expect(await names("os_distro=Ubuntu")).toEqual(["alpha-web-golden", "ubuntu-22.04-x64", "ubuntu-24.04-x64"]);
    expect(await names("os_distro=ubunt")).toEqual([]);
    expect(await names("os_version=24.04")).toEqual(["ubuntu-24.04-x64"]);
    expect(await names("architecture=x86_64")).toEqual(all);
    expect(await names("private=")).toEqual(["alpha-web-golden"]);
  });

  it("pages with limit and offset; count is the total that matched", async () => {
    const full = (await alpha.get("/v1/images/10/1")).body.results.map((i: { id: string }) => i.id);
    const seen: string[] = [];
    for (let offset = 0; offset < 6; offset += 2) {
      const page = await alpha.get(`/v1/images/10/1?limit=2&offset=${offset}`);
      expect(page.body.count).toBe(5);
      seen.push(...page.body.results.map((i: { id: string }) => i.id));
    }
    expect(seen).toEqual(full);
    const past = await alpha.get("/v1/images/10/1?offset=10&limit=1000");
    expect(past.body).toEqual({ count: 5, results: [] });
    const filtered = await alpha.get("/v1/images/10/1?name=ubuntu&limit=1");
    expect(filtered.body.count).toBe(2);
    expect(filtered.body.results).toHaveLength(1);
  });

  it("creates and uploads take tags; bare-metal lists and creates too", async () => {
    const created = await alpha.post("/v1/images/10/1", {
      name: "tagged-1",
      volume_id: demoVolumeId(10, 1),
      tags: { team: "web" },
    });
    expect(created.status).toBe(200);
    const task = await alpha.get(`/v1/tasks/${created.body.tasks[0]}`);
    expect(task.body.state).toBe("FINISHED");
    const image = await alpha.get(`/v1/images/10/1/${task.body.created_resources.images[0]}`);
    expect(image.body.tags_v2).toContainEqual({ key: "team", value: "web", read_only: false });
    const bm = await alpha.post("/v1/bmimages/10/1", {
      name: "bm-tagged",
      volume_id: demoVolumeId(10, 1),
      tags: { team: "metal" },
    });
    expect(bm.status).toBe(200);
    const bmList = await alpha.get(`/v1/bmimages/10/1?tag_key_value=${encodeURIComponent('{"team":"metal"}')}`);
    expect(bmList.body.results.map((i: { name: string }) => i.name)).toEqual(["bm-tagged"]);
    const up = await alpha.post("/v1/downloadimage/10/1", {
      name: "uploaded-1",
      url: "https://example.com/a.qcow2",
      tags: { from: "url" },
    });
    expect(up.status).toBe(200);
    const refused = await alpha.post("/v1/images/10/1", {
      name: "tagged-2",
      volume_id: demoVolumeId(10, 1),
      metadata: { a: "b" },
    });
    expectError(refused, 400, "ValidationError");
    expect(refused.body.invalid_fields).toEqual({ metadata: ["unknown field"] });
  });

  it("the shared-image and reseller-image endpoints are unknown routes", async () => {
    for (const path of ["/v1/shared_images/10/1", "/v1/reseller_image/10/1"]) {
      const reply = await as(em, KEYS.admin).get(path);
      expectError(reply, 404, "NotFoundError");
      expect(reply.body.message).toBe("The requested URL was not found on the server");
    }
  });
});

describe("2026-08: PATCH with a tags merge patch", () => {
  const em = newEmulator({ apiVersion: "2026-08" });
  const alpha = as(em, KEYS.alpha);
  afterAll(() => em.close());
  const tags = async () => (await alpha.get(IMAGE)).body.tags_v2;

  it("a string sets, null deletes, unlisted tags stay, read-only tags stay", async () => {
    const reply = await alpha.patch(IMAGE, { name: "renamed", tags: { env: null, stage: "beta" } });
    expect(reply.status).toBe(200);
    expect(reply.body.name).toBe("renamed");
    expect(reply.body.tags_v2).toEqual([
      { key: "image_source", value: "volume", read_only: true },
      { key: "owner", value: "team-web", read_only: false },
      { key: "stage", value: "beta", read_only: false },
    ]);
    expect(await tags()).toEqual(reply.body.tags_v2);
    expect((await alpha.patch(IMAGE, { tags: {} })).body.tags_v2).toEqual(reply.body.tags_v2);
    expect((await alpha.patch(IMAGE, { name: "again" })).body.tags_v2).toEqual(reply.body.tags_v2);
    // Repeating a read-only tag with its value changes nothing.
    expect((await alpha.patch(IMAGE, { tags: { image_source: "volume" } })).status).toBe(200);
  });

  it("tags: null deletes every user tag and keeps the read-only ones", async () => {
    const reply = await alpha.patch(IMAGE, { tags: null });
    expect(reply.status).toBe(200);
    expect(reply.body.tags_v2).toEqual([{ key: "image_source", value: "volume", read_only: true }]);
  });

  it("changing or deleting a read-only tag is a 403 that changes nothing", async () => {
    await alpha.patch(IMAGE, { tags: { keep: "me" } });
    const before = await alpha.get(IMAGE);
    for (const patch of [{ image_source: null }, { image_source: "url", other: "x" }]) {
      const reply = await alpha.patch(IMAGE, { name: "never", tags: patch });
      expectError(reply, 403, "ForbiddenError");
      expect(reply.body.message).toBe("Tag 'image_source' is read-only");
    }
    expect(await alpha.get(IMAGE)).toMatchObject({ body: before.body });
  });

  it("takes application/json only", async () => {
    const reply = await alpha.patch(IMAGE, { tags: { a: "b" } }, { headers: { "content-type": "text/plain" } });
    expectError(reply, 415, "UnsupportedMediaType");
  });
});

describe("2026-08: the deprecated tag endpoints", () => {
  const em = newEmulator({ apiVersion: "2026-08" });
  const alpha = as(em, KEYS.alpha);
  afterAll(() => em.close());

  it("list, merge, replace and item delete work on the tags; writes answer 204", async () => {
    expect((await alpha.post(`${IMAGE}/metadata`, { stage: "beta" })).status).toBe(204);
    expect((await alpha.get(`${IMAGE}/metadata_item?key=stage`)).body).toEqual({
      key: "stage",
      value: "beta",
      read_only: false,
    });
    expect((await alpha.put(`${IMAGE}/metadata`, { only: "this" })).status).toBe(204);
    expect((await alpha.get(`${IMAGE}/metadata`)).body.results.map((t: { key: string }) => t.key)).toEqual([
      "image_source",
      "only",
    ]);
    expect((await alpha.delete(`${IMAGE}/metadata_item?key=only`)).status).toBe(204);
    expectError(await alpha.delete(`${IMAGE}/metadata_item`), 400, "ValidationError");
    expectError(await alpha.delete(`${IMAGE}/metadata_item?key=image_source`), 403, "ForbiddenError");
    expectError(await alpha.post(`${IMAGE}/metadata`, { "a=b": "c" }), 400, "ValidationError");
  });
});

describe("2026-08: bad input is a clear 4xx and changes nothing", () => {
  const tmp = tempDir();
  const db = tmp.file("bad-2026.db");
  const em = newEmulator({ db, apiVersion: "2026-08" });
  const alpha = as(em, KEYS.alpha);
  afterAll(async () => {
    await em.close();
    tmp.remove();
  });

  it("tag keys, values, limit, offset, tag_key_value", async () => {
    const before = dbSignature(db);
    const long = "v".repeat(256);
    const cases: [Promise<{ status: number; body: any }>, Record<string, string[]>][] = [
      [alpha.patch(IMAGE, { tags: { "a=b": "x" } }), { "tags.a=b": ['key must match pattern "^[^\\s=]+$"'] }],
      [alpha.patch(IMAGE, { tags: { "a b": "x" } }), { "tags.a b": ['key must match pattern "^[^\\s=]+$"'] }],
      [alpha.patch(IMAGE, { tags: { k: long } }), { "tags.k": ["must NOT have more than 255 characters"] }],
      [
        alpha.patch(IMAGE, { tags: { k: " edge" } }),
        { "tags.k": ['must match pattern "^[^ \\t\\n\\r\\f\\v]([^\\t\\n\\r\\f\\v]*[^ \\t\\n\\r\\f\\v])?$"'] },
      ],
      [
        alpha.post("/v1/images/10/1", { name: "bad-tags", volume_id: demoVolumeId(10, 1), tags: { "a=b": "x" } }),
        { "tags.a=b": ['key must match pattern "^[^\\s=]+$"'] },
      ],
      [alpha.get("/v1/images/10/1?limit=0"), { limit: ["must be >= 1"] }],
      [alpha.get("/v1/images/10/1?limit=1001"), { limit: ["must be <= 1000"] }],
      [alpha.get("/v1/images/10/1?offset=-1"), { offset: ["must be >= 0"] }],
      [alpha.get("/v1/images/10/1?tag_key_value=env%3Dprod"), { tag_key_value: ["must be a JSON object of strings"] }],
      [
        alpha.get(`/v1/images/10/1?tag_key_value=${encodeURIComponent('["env"]')}`),
        { tag_key_value: ["must be a JSON object of strings"] },
      ],
      [
        alpha.get(`/v1/images/10/1?tag_key_value=${encodeURIComponent('{"env":1}')}`),
        { tag_key_value: ["must be a JSON object of strings"] },
      ],
      [
        alpha.patch(IMAGE, { tags: { "nul\u0000": "x" } }),
        { "tags.nul\u0000": ["key must not contain NUL or unpaired surrogate characters"] },
      ],
    ];
    for (const [pending, fields] of cases) {
      const reply = await pending;
      expectError(reply as never, 400, "ValidationError");
      expect(reply.body.invalid_fields).toEqual(fields);
    }
    // An empty filter value is a 400, not a filter that matches everything.
    for (const [query, fields] of [
      ["tag_key=", { "tag_key.0": ["must NOT have fewer than 1 characters", 'must match pattern "^[^\\s=]+$"'] }],
      ["tag_key=env,", { "tag_key.1": ["must NOT have fewer than 1 characters", 'must match pattern "^[^\\s=]+$"'] }],
      ["tag_key_value=", { tag_key_value: ["must be a JSON object of strings"] }],
    ] as const) {
      const reply = await alpha.get(`/v1/images/10/1?${query}`);
      expectError(reply, 400, "ValidationError");
      expect(reply.body.invalid_fields).toEqual(fields);
    }
    for (const name of ["name", "os_distro", "os_version"]) {
      const reply = await alpha.get(`/v1/images/10/1?${name}=`);
      expectError(reply, 400, "ValidationError");
      expect(Object.keys(reply.body.invalid_fields)).toEqual([name]);
    }
    expect(dbSignature(db)).toBe(before);
  });

  it("a key or value of 255 characters is accepted, in characters not bytes", async () => {
    const key = "ключ".repeat(63) + "abc";
    expect(key).toHaveLength(255);
    const reply = await alpha.patch(IMAGE, { tags: { [key]: "é".repeat(255) } });
    expect(reply.status).toBe(200);
    expect(reply.body.tags_v2).toContainEqual({ key, value: "é".repeat(255), read_only: false });
  });
});

describe("one store, both generations", () => {
  const tmp = tempDir();
  const db = tmp.file("both.db");
  const seed = newEmulator({ db });
  const today = newEmulator({ db, apiVersion: "2026-08" });
  afterAll(async () => {
    await seed.close();
    await today.close();
    tmp.remove();
  });
  const neutral = (items: { key: string; value: string; read_only: boolean }[]) =>
    items.map((i) => ({ key: i.key, value: i.value, readOnly: i.read_only }));

  it("reads the same neutral tags through either generation, whichever wrote them", async () => {
    const { imageId } = await createImage(seed, KEYS.alpha, 10, 1, "both", { team: "web" });
    await as(today, KEYS.alpha).patch(`/v1/images/10/1/${imageId}`, { tags: { stage: "beta", team: null } });
    await as(seed, KEYS.alpha).post(`/v1/images/10/1/${imageId}/metadata`, { extra: "1" });
    const fromSeed = (await as(seed, KEYS.alpha).get(`/v1/images/10/1/${imageId}`)).body.metadata_detailed;
    const fromToday = (await as(today, KEYS.alpha).get(`/v1/images/10/1/${imageId}`)).body.tags_v2;
    expect(neutral(fromToday)).toEqual(neutral(fromSeed));
    expect(neutral(fromToday).map((t) => t.key)).toEqual(["extra", "image_source", "source_volume_id", "stage"]);
    const listed = (await as(today, KEYS.alpha).get("/v1/images/10/1?tag_key=stage")).body.results;
    expect(listed.map((i: { id: string }) => i.id)).toEqual([imageId]);
  });
});

describe("2026-08: GPU fields", () => {
  it("are null unless the fixture sets them, in a get, a list and a list with prices", async () => {
    const gpu = {
      id: "66666666-0000-4000-8000-000000000001",
      projectId: 10,
      regionId: 1,
      name: "gpu-image",
      visibility: "private" as const,
      osDistro: "ubuntu",
      osVersion: "24.04",
      gpuDriver: "nvidia",
      gpuDriverType: "open",
      gpuDriverVersion: "570.148.08",
    };
    const { demoFixture } = await import("../src/index.js");
    const em = newEmulator({
      apiVersion: "2026-08",
      fixture: { ...demoFixture, images: [...(demoFixture.images ?? []), gpu] },
    });
    try {
      const alpha = as(em, KEYS.alpha);
      const want = { gpu_driver: "nvidia", gpu_driver_type: "open", gpu_driver_version: "570.148.08" };
      expect((await alpha.get(`/v1/images/10/1/${gpu.id}`)).body).toMatchObject(want);
      for (const query of ["", "?include_prices=true"]) {
        const results = (await alpha.get(`/v1/images/10/1${query}`)).body.results;
        expect(results.find((i: { id: string }) => i.id === gpu.id)).toMatchObject(want);
        expect(results.find((i: { id: string }) => i.id === GOLDEN)).toMatchObject({
          gpu_driver: null,
          gpu_driver_type: null,
          gpu_driver_version: null,
        });
      }
    } finally {
      await em.close();
    }
  });
});
