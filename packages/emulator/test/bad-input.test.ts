// Bad inputs: exact status and error body, never a 500, and the database unchanged.
import { afterAll, describe, expect, it } from "vitest";
import {
  as,
  call,
  dbSignature,
  demoImageIds,
  demoVolumeId,
  expectError,
  KEYS,
  newEmulator,
  tempDir,
} from "./helpers.js";

const IMG = `/v1/images/10/1/${demoImageIds.alphaWebGolden}`;

describe("bad inputs", () => {
  const tmp = tempDir();
  const db = tmp.file("bad.db");
  const em = newEmulator({ db });
  const alpha = as(em, KEYS.alpha);
  const before = dbSignature(db);
  afterAll(async () => {
    await em.close();
    tmp.remove();
  });

  const raw = (method: string, path: string, init: RequestInit & { duplex?: string } = {}) =>
    em.fetch(
      new Request(`http://x/cloud${path}`, {
        method,
        ...init,
        headers: { authorization: `APIKey ${KEYS.alpha}`, ...(init.headers as Record<string, string>) },
      }),
    );
  const json = async (response: Response) => ({
    status: response.status,
    body: await response.json(),
    headers: response.headers,
  });

  it("auth", async () => {
    expectError(
      await call(em, null, "POST", "/v1/images/10/1", { name: "abc", volume_id: demoVolumeId(10, 1) }),
      401,
      "NotAuthenticated",
    );
    const bearer = await json(
      await em.fetch(
        new Request("http://x/cloud/v1/images/10/1", { headers: { authorization: `Bearer ${KEYS.alpha}` } }),
      ),
    );
    expectError(bearer, 401, "AuthenticationFailed");
    expect(JSON.stringify(bearer.body)).not.toContain(KEYS.alpha);
  });

  it("routes and methods", async () => {
    expectError(await alpha.get("/v1/nothing/here"), 404, "NotFoundError");
    expectError(await json(await em.fetch(new Request("http://x/v1/images/10/1"))), 404, "NotFoundError");
    const wrong = await alpha.post(IMG, { x: 1 });
    expectError(wrong, 405, "HTTPError");
    expect(wrong.headers.get("allow")).toBe("DELETE, GET, PATCH");
    const put = await alpha.put("/v1/images/10/1", {});
    expect(put.headers.get("allow")).toBe("POST, GET");
  });

  it("bodies: size, content type, JSON, UTF-8", async () => {
    const big = JSON.stringify({ k: "v".repeat(1024 * 1024) });
    expectError(
      await json(await raw("POST", `${IMG}/metadata`, { body: big, headers: { "content-type": "application/json" } })),
      413,
      "PayloadTooLarge",
    );
    // Streamed without Content-Length: stopped at 1 MiB all the same.
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < 20; i++) c.enqueue(new TextEncoder().encode("x".repeat(100_000)));
        c.close();
      },
    });
    expectError(
      await json(
        await raw("POST", `${IMG}/metadata`, {
          body: stream,
          duplex: "half",
          headers: { "content-type": "application/json" },
        }),
      ),
      413,
      "PayloadTooLarge",
    );
    expectError(
      await json(
        await raw("POST", `${IMG}/metadata`, {
          body: "owner=x",
          headers: { "content-type": "application/x-www-form-urlencoded" },
        }),
      ),
      415,
      "UnsupportedMediaType",
    );
    expectError(await json(await raw("POST", `${IMG}/metadata`, { body: '{"a":"b"}' })), 415, "UnsupportedMediaType");
    expectError(
      await json(
        await raw("POST", `${IMG}/metadata`, { body: "{not json", headers: { "content-type": "application/json" } }),
      ),
      400,
      "ValidationError",
    );
    const badUtf8 = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    expectError(
      await json(
        await raw("POST", `${IMG}/metadata`, { body: badUtf8, headers: { "content-type": "application/json" } }),
      ),
      400,
      "ValidationError",
    );
    expectError(
      await json(await raw("POST", `${IMG}/metadata`, { headers: { "content-type": "application/json" } })),
      400,
      "ValidationError",
    );
    const deep = "[".repeat(1000) + "]".repeat(1000);
    expectError(
      await json(await raw("POST", `${IMG}/metadata`, { body: deep, headers: { "content-type": "application/json" } })),
      400,
      "ValidationError",
    );
    expectError(
      await json(
        await raw("POST", `${IMG}/metadata`, {
          body: "null",
          headers: { "content-type": "application/json; charset=utf-8" },
        }),
      ),
      400,
      "ValidationError",
    );
  });

  it("a request without a body is accepted whatever its Content-Type", async () => {
    for (const type of ["application/json", "text/plain", "application/octet-stream"]) {
      expect((await raw("GET", "/v1/images/10/1", { headers: { "content-type": type } })).status).toBe(200);
    }
    const item = await raw("GET", `${IMG}/metadata_item?key=owner`, {
      headers: { "content-type": "application/json" },
    });
    expect(item.status).toBe(200);
  });

  it("schema violations list the fields", async () => {
    const missing = await alpha.post("/v1/images/10/1", { name: "abc" });
    expectError(missing, 400, "ValidationError");
    expect(Object.keys(missing.body.invalid_fields)).toEqual(["volume_id"]);
    const many = await alpha.post("/v1/images/10/1", {
      name: "a",
      volume_id: "not-a-uuid",
      os_type: "beos",
      extra: true,
      is_baremetal: "yes",
    });
    expectError(many, 400, "ValidationError");
    expect(Object.keys(many.body.invalid_fields).sort()).toEqual([
      "extra",
      "is_baremetal",
      "name",
      "os_type",
      "volume_id",
    ]);
    expect(many.body.invalid_fields.os_type).toEqual(["must be one of: linux, windows"]);
    expectError(
      await alpha.post("/v1/images/10/1", { name: "nul\u0000byte", volume_id: demoVolumeId(10, 1) }),
      400,
      "ValidationError",
    );
    expectError(await alpha.patch(IMG, { ssh_key: "maybe" }), 400, "ValidationError");
    expectError(await alpha.patch(IMG, { name: 42 }), 400, "ValidationError");
    expectError(await alpha.post(`${IMG}/metadata`, { nested: { a: "b" } }), 400, "ValidationError");
    expectError(await alpha.post(`${IMG}/metadata`, ["a"]), 400, "ValidationError");
    expectError(
      await as(em, KEYS.admin).put("/v1/shared_image", {
        entity_type: "galaxy",
        entity_id: 1,
        region_id: 1,
        image_ids: [],
      }),
      400,
      "ValidationError",
    );
    expectError(
      await as(em, KEYS.admin).put("/v1/shared_image", {
        entity_type: "client",
        entity_id: 1001,
        region_id: 1,
        image_ids: ["nope"],
      }),
      400,
      "ValidationError",
    );
    expectError(
      await as(em, KEYS.admin).put("/v1/shared_image", {
        entity_type: "client",
        entity_id: 1001,
        region_id: 9,
        image_ids: [],
      }),
      400,
      "ValidationError",
    );
  });

  it("parameters", async () => {
    const badId = await alpha.get("/v1/images/10/1/not-a-uuid");
    expectError(badId, 400, "ValidationError");
    expect(badId.body.invalid_fields).toEqual({ image_id: ['must match format "uuid"'] });
    expectError(await alpha.get("/v1/images/-1/1"), 400, "ValidationError");
    expectError(await alpha.get("/v1/images/abc/1"), 400, "ValidationError");
    expectError(await alpha.get("/v1/images/99999999999999999999/1"), 400, "ValidationError");
    expectError(await alpha.get("/v1/images/2147483647/1"), 404, "NotFoundError");
    expectError(await alpha.get("/v1/images/10/77"), 404, "NotFoundError");
    expectError(await alpha.get("/v1/images/10/1?include_prices=maybe"), 400, "ValidationError");
    expectError(await alpha.get("/v1/images/10/1?visibility=community"), 400, "ValidationError");
    expectError(await alpha.get(`${IMG}/metadata_item?key=${"k".repeat(256)}`), 400, "ValidationError");
    expectError(await alpha.get("/v1/tasks/123"), 400, "ValidationError");
    expectError(await alpha.delete(`/v1/images/10/1/${demoImageIds.ubuntu2204r1}`), 403, "ForbiddenError");
    expect((await alpha.get("/v1/images/10/1?unknown_filter=1")).status).toBe(200);
  });

  it("left the database unchanged", () => {
    expect(dbSignature(db)).toBe(before);
  });
});
