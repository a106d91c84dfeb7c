// Fault injection, in process and over HTTP.
import { afterAll, describe, expect, it } from "vitest";
import { as, demoVolumeId, expectError, KEYS, newEmulator } from "./helpers.js";

const auth = { authorization: `APIKey ${KEYS.alpha}` };

describe("faults in process", () => {
  const em = newEmulator();
  const alpha = as(em, KEYS.alpha);
  afterAll(() => em.close());

  it("429 with Retry-After on the chosen operation, for the first N requests", async () => {
    em.setFaults({ rules: [{ operationId: "imagesList", status: 429, retryAfter: 2, retryAfterMs: 250, times: 2 }] });
    const first = await alpha.get("/v1/images/10/1");
    expectError(first, 429, "TooManyRequests");
    expect(first.headers.get("retry-after")).toBe("2");
    expect(first.headers.get("retry-after-ms")).toBe("250");
    expect((await alpha.get("/v1/images/10/1")).status).toBe(429);
    expect((await alpha.get("/v1/images/10/1")).status).toBe(200);
    expect((await alpha.get("/v1/projectimages/10/1")).status).toBe(200);
  });

  it("5xx by method and path, with x-should-retry", async () => {
    em.setFaults({ rules: [{ method: "GET", path: "^/cloud/v1/tasks/", status: 503, shouldRetry: false }] });
    const reply = await alpha.get("/v1/tasks/d1b0f4a2-3c5e-4f6a-9b8c-7d6e5f4a3b21");
    expectError(reply, 503, "ServiceUnavailable");
    expect(reply.headers.get("x-should-retry")).toBe("false");
    em.setFaults({ rules: [{ status: 502, rate: 0 }] });
    expect((await alpha.get("/v1/images/10/1")).status).toBe(200);
  });

  it("drop rejects the fetch with a TypeError", async () => {
    em.setFaults({ rules: [{ operationId: "imagesGet", drop: true, times: 1 }] });
    await expect(alpha.get(`/v1/images/10/1/${demoVolumeId(10, 1)}`)).rejects.toBeInstanceOf(TypeError);
  });

  it("afterHandler: the write happens, the answer is lost", async () => {
    em.setFaults({ rules: [{ operationId: "imagesCreate", status: 500, afterHandler: true, times: 1 }] });
    const before = (await alpha.get("/v1/projectimages/10/1")).body.count;
    expectError(
      await alpha.post("/v1/images/10/1", { name: "lost-answer", volume_id: demoVolumeId(10, 1) }),
      500,
      "InternalServerError",
    );
    expect((await alpha.get("/v1/projectimages/10/1")).body.count).toBe(before + 1);
  });

  it("latency and stalls delay the answer", async () => {
    em.setFaults({ latencyMs: 30, rules: [{ operationId: "imagesList", stallMs: 60, times: 1 }] });
    let t = performance.now();
    expect((await alpha.get("/v1/images/10/1")).status).toBe(200);
    expect(performance.now() - t).toBeGreaterThanOrEqual(85);
    t = performance.now();
    await alpha.get("/v1/images/10/1");
    expect(performance.now() - t).toBeGreaterThanOrEqual(28);
    em.setFaults(undefined);
  });
});

describe("over HTTP", () => {
  const em = newEmulator();
  afterAll(() => em.close());

  it("serves on 127.0.0.1 with a /cloud base URL", async () => {
    const server = await em.listen({ port: 0 });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}/cloud`);
      const list = await fetch(`${server.url}/v1/images/10/1`, {
        headers: { ...auth, "content-type": "application/json" },
      });
      expect(list.status).toBe(200);
      expect((await list.json()).count).toBe(5);
      const health = await fetch(`http://127.0.0.1:${server.port}/health`);
      expect(await health.json()).toEqual({ status: "ok" });
    } finally {
      await server.close();
    }
  });

  it("drop destroys the connection; 429 carries Retry-After", async () => {
    const server = await em.listen({ port: 0 });
    try {
      em.setFaults({
        rules: [
          { operationId: "imagesList", drop: true, times: 1 },
          { operationId: "imagesListOwned", status: 429, times: 1 },
        ],
      });
      await expect(fetch(`${server.url}/v1/images/10/1`, { headers: auth })).rejects.toBeInstanceOf(TypeError);
      expect((await fetch(`${server.url}/v1/images/10/1`, { headers: auth })).status).toBe(200);
      const limited = await fetch(`${server.url}/v1/projectimages/10/1`, { headers: auth });
      expect(limited.status).toBe(429);
      expect(limited.headers.get("retry-after")).toBe("1");
      expect((await limited.json()).exception_class).toBe("TooManyRequests");
    } finally {
      em.setFaults(undefined);
      await server.close();
    }
  });

  it("a body over 1 MiB is refused with 413 over HTTP too", async () => {
    const server = await em.listen({ port: 0 });
    try {
      const reply = await fetch(`${server.url}/v1/images/10/1`, {
        method: "POST",
        headers: { ...auth, "content-type": "application/json" },
        body: JSON.stringify({ name: "x".repeat(1_100_000) }),
      });
      expect(reply.status).toBe(413);
      expect((await reply.json()).exception_class).toBe("PayloadTooLarge");
    } finally {
      await server.close();
    }
  });
});
