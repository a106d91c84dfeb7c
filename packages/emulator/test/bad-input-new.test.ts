// Bad inputs on the upload, bare-metal and task operations: exact status and error body, never a
// 500, and the database unchanged. Also the routing of literal paths next to templated ones.
import { afterAll, describe, expect, it } from "vitest";
import { as, dbSignature, demoVolumeId, expectError, KEYS, newEmulator, tempDir } from "./helpers.js";

const TASK = "d1b0f4a2-3c5e-4f6a-9b8c-7d6e5f4a3b21";

describe("bad inputs on the new operations", () => {
  const tmp = tempDir();
  const db = tmp.file("bad-new.db");
  const em = newEmulator({ db });
  const alpha = as(em, KEYS.alpha);
  const before = dbSignature(db);
  afterAll(async () => {
    await em.close();
    tmp.remove();
  });
  const raw = (method: string, path: string, body: BodyInit, type = "application/json") =>
    em.fetch(
      new Request(`http://x/cloud${path}`, {
        method,
        body,
        headers: { authorization: `APIKey ${KEYS.alpha}`, "content-type": type },
      }),
    );
  const json = async (response: Response) => ({
    status: response.status,
    body: await response.json(),
    headers: response.headers,
  });

  it("literal paths are not captured by /v1/tasks/{task_id}; other methods are a 405 with Allow", async () => {
    // Before: POST answered 405 and GET 400 "task_id must be a uuid".
    expect((await alpha.post("/v1/tasks/acknowledge_all")).status).toBe(204);
    const get = await alpha.get("/v1/tasks/acknowledge_all");
    expectError(get, 405, "HTTPError");
    expect(get.headers.get("allow")).toBe("POST");
    const ackGet = await alpha.get(`/v1/tasks/${TASK}/acknowledge`);
    expectError(ackGet, 405, "HTTPError");
    expect(ackGet.headers.get("allow")).toBe("POST");
    expect((await alpha.post("/v1/tasks")).headers.get("allow")).toBe("GET");
    expect((await alpha.get("/v1/downloadimage/10/1")).headers.get("allow")).toBe("POST");
    expect((await alpha.delete("/v1/bmimages/10/1")).headers.get("allow")).toBe("POST, GET");
    expect((await alpha.post("/v1/tasks/10/1/active")).headers.get("allow")).toBe("GET");
    expectError(await alpha.get("/v1/tasks/10/1/passive"), 404, "NotFoundError");
  });

  it("upload: missing and wrong fields, bad URLs, bad metadata", async () => {
    const missing = await alpha.post("/v1/downloadimage/10/1", {});
    expectError(missing, 400, "ValidationError");
    expect(missing.body.invalid_fields).toEqual({
      name: ["must have required property 'name'"],
      url: ["must have required property 'url'"],
    });
    const wrong = await alpha.post("/v1/downloadimage/10/1", {
      name: "up",
      url: 7,
      cow_format: "yes",
      is_baremetal: "no",
      os_distro: 5,
      architecture: "sparc",
      extra: 1,
      metadata: { a: 1 },
    });
    expectError(wrong, 400, "ValidationError");
    expect(Object.keys(wrong.body.invalid_fields).sort()).toEqual([
      "architecture",
      "cow_format",
      "extra",
      "is_baremetal",
      "metadata.a",
      "name",
      "os_distro",
      "url",
    ]);
    expect(wrong.body.invalid_fields.extra).toEqual(["unknown field"]);
    for (const url of ["ftp://example.com/x.img", "file:///etc/passwd", "example.com/x.img", "javascript:alert(1)"]) {
      const bad = await alpha.post("/v1/downloadimage/10/1", { name: "bad-url", url });
      expectError(bad, 400, "ValidationError");
      expect(Object.keys(bad.body.invalid_fields), url).toEqual(["url"]);
    }
    const noHost = await alpha.post("/v1/downloadimage/10/1", { name: "bad-url", url: "http://" });
    expectError(noHost, 400, "ValidationError");
    expect(noHost.body.invalid_fields.url).toBeDefined();
    const long = await alpha.post("/v1/downloadimage/10/1", {
      name: "long-url",
      url: `https://example.com/${"a".repeat(2048)}`,
    });
    expectError(long, 400, "ValidationError");
    const value = await alpha.post("/v1/downloadimage/10/1", {
      name: "big-value",
      url: "https://example.com/a",
      metadata: { k: "é".repeat(513) },
    });
    expectError(value, 400, "ValidationError");
    expect(value.body.invalid_fields).toEqual({ "metadata.k": ["value is longer than 1024 bytes"] });
    expectError(
      await alpha.post("/v1/downloadimage/10/1", {
        name: "nul",
        url: "https://example.com/a",
        metadata: { "a\u0000": "b" },
      }),
      400,
      "ValidationError",
    );
  });

  it("upload and bare-metal create: body size, content type, access", async () => {
    const big = JSON.stringify({ name: "big", url: "https://example.com/a", metadata: { k: "v".repeat(1024 * 1024) } });
    expectError(await json(await raw("POST", "/v1/downloadimage/10/1", big)), 413, "PayloadTooLarge");
    expectError(await json(await raw("POST", "/v1/bmimages/10/1", big)), 413, "PayloadTooLarge");
    expectError(
      await json(await raw("POST", "/v1/downloadimage/10/1", "name=x", "application/x-www-form-urlencoded")),
      415,
      "UnsupportedMediaType",
    );
    expectError(await json(await raw("POST", "/v1/bmimages/10/1", "{oops")), 400, "ValidationError");
    const ok = { name: "fine-name", url: "https://example.com/a" };
    expectError(await as(em, KEYS.resellerAcme).post("/v1/downloadimage/10/1", ok), 403, "ForbiddenError");
    expectError(await as(em, KEYS.beta).post("/v1/downloadimage/10/1", ok), 404, "NotFoundError");
    expectError(await alpha.post("/v1/downloadimage/99/1", ok), 404, "NotFoundError");
    expectError(await alpha.post("/v1/downloadimage/10/9", ok), 404, "NotFoundError");
    expectError(await alpha.post("/v1/downloadimage/abc/1", ok), 400, "ValidationError");
    const noVolume = await alpha.post("/v1/bmimages/10/1", { name: "bm" + "x" });
    expectError(noVolume, 400, "ValidationError");
    expect(Object.keys(noVolume.body.invalid_fields)).toEqual(["volume_id"]);
    const wrongTypes = await alpha.post("/v1/bmimages/10/1", {
      name: 12,
      volume_id: "nope",
      is_baremetal: "yes",
      ssh_key: "maybe",
      source: "url",
    });
    expectError(wrongTypes, 400, "ValidationError");
    expect(wrongTypes.body.invalid_fields).toEqual({
      name: ["must be string"],
      volume_id: ['must match format "uuid"'],
      is_baremetal: ["must be boolean,null"],
      ssh_key: ["must be one of: allow, deny, required"],
      source: ["must be equal to constant"],
    });
    expectError(
      await alpha.post("/v1/bmimages/10/1", { name: "bmx", volume_id: demoVolumeId(10, 1, 2) }),
      400,
      "ValidationError",
    );
    expectError(
      await alpha.post("/v1/bmimages/10/1", { name: "bmx", volume_id: demoVolumeId(20, 1) }),
      404,
      "NotFoundError",
    );
    expectError(
      await as(em, KEYS.resellerAcme).post("/v1/bmimages/10/1", { name: "bmx", volume_id: demoVolumeId(10, 1) }),
      403,
      "ForbiddenError",
    );
    expectError(
      await as(em, KEYS.gamma).post("/v1/bmimages/10/1", { name: "bmx", volume_id: demoVolumeId(10, 1) }),
      404,
      "NotFoundError",
    );
  });

  it("bare-metal list: parameters and access", async () => {
    expectError(await alpha.get("/v1/bmimages/10/1?visibility=community"), 400, "ValidationError");
    const k = await alpha.get("/v1/bmimages/10/1?metadata_k=owner");
    expectError(k, 400, "ValidationError");
    expect(k.body.invalid_fields).toEqual({ metadata_k: ["must be a JSON array of strings"] });
    expectError(await alpha.get("/v1/bmimages/10/1?include_prices=maybe"), 400, "ValidationError");
    expectError(await as(em, KEYS.beta).get("/v1/bmimages/10/1"), 404, "NotFoundError");
    expectError(await as(em, KEYS.resellerZeta).get("/v1/bmimages/10/1"), 404, "NotFoundError");
    expectError(await alpha.get("/v1/bmimages/10/3"), 404, "NotFoundError");
  });

  it("task list and active list: parameters", async () => {
    const cases: Array<[string, string]> = [
      ["limit=0", "limit"],
      ["limit=1001", "limit"],
      ["limit=ten", "limit"],
      ["offset=-1", "offset"],
      ["order_by=up", "order_by"],
      ["sorting=sideways", "sorting"],
      ["state=DONE", "state.0"],
      ["state=NEW&state=LATER", "state.1"],
      ["project_id=abc", "project_id.0"],
      ["project_id=0", "project_id.0"],
      ["region_id=1&region_id=x", "region_id.1"],
      ["is_acknowledged=maybe", "is_acknowledged"],
      ["from_timestamp=yesterday", "from_timestamp"],
      ["to_timestamp=2025-04-10T25:00:00Z", "to_timestamp"],
      ["from_timestamp=2025-02-30", "from_timestamp"],
      [`task_type=${"t".repeat(256)}`, "task_type"],
    ];
    for (const [query, field] of cases) {
      const reply = await alpha.get(`/v1/tasks?${query}`);
      expectError(reply, 400, "ValidationError");
      expect(Object.keys(reply.body.invalid_fields), query).toEqual([field]);
    }
    const date = await alpha.get("/v1/tasks?from_timestamp=2025-02-30");
    expect(date.body).toMatchObject({
      message: "Validation failed: from_timestamp: must be an ISO 8601 date-time",
      invalid_fields: { from_timestamp: ["must be an ISO 8601 date-time"] },
    });
    expectError(await alpha.get("/v1/tasks/10/1/active?limit=0"), 400, "ValidationError");
    expectError(await alpha.get(`/v1/tasks/10/1/active?task_type=${"t".repeat(256)}`), 400, "ValidationError");
    expectError(await alpha.get("/v1/tasks/10/x/active"), 400, "ValidationError");
    expectError(await as(em, KEYS.gamma).get("/v1/tasks/10/1/active"), 404, "NotFoundError");
    // Unknown parameters are ignored, as on every list.
    expect((await alpha.get("/v1/tasks?colour=blue")).status).toBe(200);
  });

  it("acknowledge: ids and scopes", async () => {
    const badId = await alpha.post("/v1/tasks/not-a-uuid/acknowledge");
    expectError(badId, 400, "ValidationError");
    expect(badId.body.invalid_fields).toEqual({ task_id: ['must match format "uuid"'] });
    const unknown = await alpha.post(`/v1/tasks/${TASK}/acknowledge`);
    expectError(unknown, 404, "NotFoundError");
    expect(unknown.body.message).toBe(`Task ${TASK} not found`);
    expectError(await alpha.post("/v1/tasks/acknowledge_all?project_id=abc"), 400, "ValidationError");
    expectError(await alpha.post("/v1/tasks/acknowledge_all?region_id=0"), 400, "ValidationError");
    const other = await alpha.post("/v1/tasks/acknowledge_all?project_id=30");
    expectError(other, 404, "NotFoundError");
    expect(other.body.message).toBe("Project 30 not found");
    expectError(await alpha.post("/v1/tasks/acknowledge_all?project_id=10&region_id=5"), 404, "NotFoundError");
    expectError(await as(em, KEYS.resellerAcme).post("/v1/tasks/acknowledge_all?project_id=10"), 403, "ForbiddenError");
  });

  it("left the database unchanged", () => {
    expect(dbSignature(db)).toBe(before);
  });
});
