// Retries, timeouts, dropped connections and aborts over loopback HTTP, driven by the emulator's
// fault injection. The client uses the platform fetch here, as it does against the real API.
import { createServer } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "@imgctl/emulator";
import { ConnectionError, InternalServerError, RateLimitError, TimeoutError, type ImagesClient } from "../src/index.js";
import { BadRequestError } from "../src/errors.js";
import { demoImageIds, demoVolumeId, httpClient, memoryLogger, startEmulator } from "./helpers.js";

let emulator: Emulator;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  emulator = startEmulator();
  server = await emulator.listen({ port: 0 });
});
afterEach(() => emulator.setFaults(undefined));
afterAll(async () => {
  await server.close();
  await emulator.close();
});

function client(options: Parameters<typeof httpClient>[1] = {}) {
  const logger = memoryLogger();
  return { client: httpClient(server.url, { logger, ...options }), logger };
}

/** Images the project owns, counted with faults off and without touching the attempt log. */
async function ownedCount(c: ImagesClient, logger: ReturnType<typeof memoryLogger>): Promise<number> {
  emulator.setFaults(undefined);
  const { count } = await c.images.listOwned();
  logger.lines.length = 0;
  return count;
}

describe("retried answers", () => {
  it("429 with Retry-After: 1 waits about a second, then succeeds", async () => {
    emulator.setFaults({ rules: [{ operationId: "imagesList", status: 429, retryAfter: 1, times: 1 }] });
    const { client: c, logger } = client();
    const started = performance.now();
    const list = await c.images.list();
    const elapsed = performance.now() - started;
    expect(list.count).toBeGreaterThan(0);
    expect(logger.attempts()).toBe(2);
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(logger.lines.find((l) => l.level === "warn")?.message).toMatch(/in 1000 ms \(retry 1 of 2\): status 429/);
  });

  it("429 on every attempt: maxRetries retries, then RateLimitError with the request id", async () => {
    emulator.setFaults({ rules: [{ operationId: "imagesList", status: 429, retryAfterMs: 1 }] });
    const { client: c, logger } = client();
    const e = await c.images.list().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RateLimitError);
    expect((e as RateLimitError).requestId).toMatch(/^[0-9a-f]+$/);
    expect((e as RateLimitError).headers.get("retry-after-ms")).toBe("1");
    expect(logger.attempts()).toBe(3);
  });

  it("a 5xx burst is absorbed with backoff (and per-call maxRetries)", async () => {
    emulator.setFaults({ rules: [{ operationId: "imagesGet", status: 503, times: 2 }] });
    const { client: c, logger } = client();
    expect((await c.images.get(demoImageIds.alphaWebGolden)).name).toBe("alpha-web-golden");
    expect(logger.attempts()).toBe(3);
    // The retries carry their number.
    const sent = logger.lines
      .filter((l) => l.message.startsWith("→"))
      .map((l) => (l.details as { headers: Record<string, string> }).headers["x-retry-count"]);
    expect(sent).toEqual([undefined, "1", "2"]);

    emulator.setFaults({ rules: [{ operationId: "imagesGet", status: 502, times: 2 }] });
    const e = await c.images.get(demoImageIds.alphaWebGolden, {}, { maxRetries: 1 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InternalServerError);
    expect((e as InternalServerError).status).toBe(502);
  });

  it.each([408, 409, 500, 504])("retries %i on a GET", async (status) => {
    emulator.setFaults({ rules: [{ operationId: "imagesGet", status, times: 1 }] });
    const { client: c, logger } = client();
    await c.images.get(demoImageIds.alphaWebGolden);
    expect(logger.attempts()).toBe(2);
  });

  it("x-should-retry: false stops a retry the status would allow", async () => {
    emulator.setFaults({ rules: [{ operationId: "imagesList", status: 503, shouldRetry: false, times: 1 }] });
    const { client: c, logger } = client();
    await expect(c.images.list()).rejects.toBeInstanceOf(InternalServerError);
    expect(logger.attempts()).toBe(1);
  });

  it("x-should-retry: true retries a status that is never retried", async () => {
    emulator.setFaults({ rules: [{ operationId: "imagesList", status: 400, shouldRetry: true, times: 1 }] });
    const { client: c, logger } = client();
    expect((await c.images.list()).count).toBeGreaterThan(0);
    expect(logger.attempts()).toBe(2);
    // Without the header a 400 is final.
    emulator.setFaults({ rules: [{ operationId: "imagesList", status: 400, times: 1 }] });
    await expect(c.images.list()).rejects.toBeInstanceOf(BadRequestError);
  });
});

describe("a create is never duplicated", () => {
  it("a 5xx after the server processed the POST is not retried: exactly one new image", async () => {
    const { client: c, logger } = client();
    const before = await ownedCount(c, logger);
    emulator.setFaults({ rules: [{ operationId: "imagesCreate", status: 503, afterHandler: true, times: 1 }] });
    await expect(c.images.create({ name: "once-503", volume_id: demoVolumeId(10, 1) })).rejects.toBeInstanceOf(
      InternalServerError,
    );
    expect(logger.attempts()).toBe(1);
    expect(await ownedCount(c, logger)).toBe(before + 1);
  });

  it("a dropped connection after processing is not retried", async () => {
    const { client: c, logger } = client();
    const before = await ownedCount(c, logger);
    emulator.setFaults({ rules: [{ operationId: "imagesCreate", drop: true, afterHandler: true, times: 1 }] });
    const e = await c.images.create({ name: "once-drop", volume_id: demoVolumeId(10, 1) }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConnectionError);
    expect(e).not.toBeInstanceOf(TimeoutError);
    expect(logger.attempts()).toBe(1);
    expect(await ownedCount(c, logger)).toBe(before + 1);
  });

  it("a timeout after processing is not retried", async () => {
    const { client: c, logger } = client({ timeout: 150 });
    const before = await ownedCount(c, logger);
    emulator.setFaults({ rules: [{ operationId: "imagesCreate", stallMs: 600, afterHandler: true, times: 1 }] });
    await expect(c.images.create({ name: "once-slow", volume_id: demoVolumeId(10, 1) })).rejects.toBeInstanceOf(
      TimeoutError,
    );
    expect(logger.attempts()).toBe(1);
    expect(await ownedCount(c, logger)).toBe(before + 1);
  });

  it("a POST is retried when the server vouches for it with x-should-retry: true", async () => {
    const { client: c, logger } = client();
    const before = await ownedCount(c, logger);
    emulator.setFaults({ rules: [{ operationId: "imagesCreate", status: 503, shouldRetry: true, times: 1 }] });
    const { tasks } = await c.images.create({ name: "vouched", volume_id: demoVolumeId(10, 1) });
    expect(tasks).toHaveLength(1);
    expect(logger.attempts()).toBe(2);
    expect(await ownedCount(c, logger)).toBe(before + 1);
  });

  it("a 429 (refused before processing) is retried: one image, created once", async () => {
    const { client: c, logger } = client();
    const before = await ownedCount(c, logger);
    emulator.setFaults({ rules: [{ operationId: "imagesCreate", status: 429, retryAfterMs: 1, times: 2 }] });
    const image = await c.images.createAndWait({ name: "after-429", volume_id: demoVolumeId(10, 1) }, { interval: 1 });
    expect(image.name).toBe("after-429");
    expect(logger.attempts()).toBeGreaterThanOrEqual(3);
    expect(await ownedCount(c, logger)).toBe(before + 1);
  });
});

describe("timeouts, drops and aborts", () => {
  it("a stalled answer times out with TimeoutError, quickly", async () => {
    emulator.setFaults({ rules: [{ operationId: "imagesGet", stallMs: 3_000 }] });
    const { client: c, logger } = client({ timeout: 100, maxRetries: 0 });
    const started = performance.now();
    const e = await c.images.get(demoImageIds.alphaWebGolden).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TimeoutError);
    expect(e).toBeInstanceOf(ConnectionError);
    expect((e as Error).message).toMatch(/^Request timed out after 100 ms: GET http/);
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(logger.attempts()).toBe(1);
  });

  it("a GET that timed out is retried; the per-call timeout overrides the client's", async () => {
    emulator.setFaults({ rules: [{ operationId: "imagesGet", stallMs: 5_000, times: 1 }] });
    const { client: c, logger } = client({ timeout: 60_000 });
    // Generous enough for a loaded CI box to answer the retry in time.
    const image = await c.images.get(demoImageIds.alphaWebGolden, {}, { timeout: 500 });
    expect(image.id).toBe(demoImageIds.alphaWebGolden);
    expect(logger.attempts()).toBe(2);
  });

  it("a dropped connection is retried on a GET, and surfaces as ConnectionError when it persists", async () => {
    emulator.setFaults({ rules: [{ operationId: "imagesList", drop: true, times: 1 }] });
    const { client: c, logger } = client();
    expect((await c.images.list()).count).toBeGreaterThan(0);
    expect(logger.attempts()).toBe(2);

    emulator.setFaults({ rules: [{ operationId: "imagesList", drop: true }] });
    const e = await c.images.list({}, { maxRetries: 1 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConnectionError);
    expect((e as Error).message).toMatch(
      /^Connection error: GET http:\/\/127\.0\.0\.1:\d+\/cloud\/v1\/images\/10\/1 failed: /,
    );
  });

  it("an abort stops the call at once, is not retried, and rejects with the signal's reason", async () => {
    emulator.setFaults({ rules: [{ operationId: "imagesList", stallMs: 3_000 }] });
    const { client: c, logger } = client();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    const e = await c.images.list({}, { signal: controller.signal }).catch((x: unknown) => x);
    expect((e as Error).name).toBe("AbortError");
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(logger.attempts()).toBe(1);
    // An already aborted signal sends nothing.
    await expect(c.images.list({}, { signal: AbortSignal.abort(new Error("stop")) })).rejects.toThrow("stop");
    expect(logger.attempts()).toBe(1);
  });

  it("an abort during the backoff wait ends the wait", async () => {
    emulator.setFaults({ rules: [{ operationId: "imagesList", status: 503, retryAfter: 30 }] });
    const { client: c } = client();
    const started = performance.now();
    const e = await c.images.list({}, { signal: AbortSignal.timeout(100) }).catch((x: unknown) => x);
    expect((e as Error).name).toBe("TimeoutError"); // AbortSignal.timeout's own DOMException
    expect(e).not.toBeInstanceOf(ConnectionError);
    expect(performance.now() - started).toBeLessThan(1_500);
  });
});

describe("connection refused", () => {
  it("is a ConnectionError with code ECONNREFUSED; even a POST is retried (nothing was sent)", async () => {
    const port = await closedPort();
    const { client: c, logger } = client();
    const refused = httpClient(`http://127.0.0.1:${port}/cloud`, { logger });
    const e = await refused.images.create({ name: "nowhere", volume_id: demoVolumeId(10, 1) }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConnectionError);
    expect((e as ConnectionError).code).toBe("ECONNREFUSED");
    expect((e as Error).message).toContain(`ECONNREFUSED 127.0.0.1:${port}`);
    expect(logger.attempts()).toBe(3);
    expect(c).toBeDefined();
  });
});

/** A port nothing listens on: bind one, then free it. */
async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((resolve) => srv.listen(0, "127.0.0.1", resolve));
  const { port } = srv.address() as { port: number };
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}
