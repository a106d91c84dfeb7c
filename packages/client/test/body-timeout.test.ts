// The timeout bounds the whole answer: a loopback server that sends the headers and part of the
// body, then stalls, gets a TimeoutError after about `timeout` ms, retried like any other timeout.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { demoImageIds, demoVolumeId } from "@imgctl/emulator";
import { TimeoutError } from "../src/index.js";
import { httpClient, memoryLogger } from "./helpers.js";

const IMAGE = JSON.stringify({ id: demoImageIds.alphaWebGolden, name: "alpha-web-golden" });
const TIMEOUT = 300;
// Generous for a loaded 2-core CI box; a body that outlived the timeout would take the 5 s stall.
const SLACK = 1_200;
const STALL = 5_000;

/** How many of the next requests stall after their headers; the rest get a whole answer. */
let stallNext = 0;
let requests = 0;
const open = new Set<http.ServerResponse>();
let server: http.Server;
let url: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests++;
    req.resume();
    const body = req.method === "POST" ? JSON.stringify({ tasks: ["t-1"] }) : IMAGE;
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    if (stallNext > 0) {
      stallNext--;
      // Headers and the first bytes now, the rest never (until the server closes).
      res.write(body.slice(0, 5));
      open.add(res);
      const timer = setTimeout(() => res.end(body.slice(5)), STALL);
      res.on("close", () => {
        clearTimeout(timer);
        open.delete(res);
      });
      return;
    }
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cloud`;
});
beforeEach(() => {
  stallNext = 0;
  requests = 0;
});
afterAll(async () => {
  for (const res of open) res.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function timed<T>(run: () => Promise<T>): Promise<{ value: T | unknown; ms: number }> {
  const started = performance.now();
  const value = await run().catch((e: unknown) => e);
  return { value, ms: performance.now() - started };
}

describe("a body that stalls after the headers", () => {
  it("a call with timeout 300 rejects with TimeoutError in about 300 ms", async () => {
    stallNext = 1;
    const c = httpClient(url, { maxRetries: 0 });
    const { value, ms } = await timed(() => c.images.get(demoImageIds.alphaWebGolden, {}, { timeout: TIMEOUT }));
    expect(value).toBeInstanceOf(TimeoutError);
    expect((value as Error).message).toMatch(
      /^Request timed out after 300 ms: GET http:\/\/127\.0\.0\.1:\d+\/cloud\/v1\/images\/10\/1\//,
    );
    expect(ms).toBeGreaterThanOrEqual(TIMEOUT - 5);
    expect(ms).toBeLessThan(TIMEOUT + SLACK);
  });

  it("a GET is retried after a stalled body, and the retry's whole answer is used", async () => {
    stallNext = 1;
    const logger = memoryLogger();
    const c = httpClient(url, { timeout: TIMEOUT, logger });
    const image = await c.images.get(demoImageIds.alphaWebGolden);
    expect(image.name).toBe("alpha-web-golden");
    expect(logger.attempts()).toBe(2);
    expect(logger.lines.find((l) => l.level === "warn")?.message).toMatch(
      /\(retry 1 of 2\): Request timed out after 300 ms/,
    );
  });

  it("every attempt stalls: maxRetries + 1 attempts, each bounded, then TimeoutError", async () => {
    stallNext = 3;
    const c = httpClient(url, { timeout: TIMEOUT, maxRetries: 2 });
    const { value, ms } = await timed(() => c.images.get(demoImageIds.alphaWebGolden));
    expect(value).toBeInstanceOf(TimeoutError);
    expect(requests).toBe(3);
    expect(ms).toBeLessThan(3 * TIMEOUT + 2 * SLACK);
  });

  it("a POST whose body stalls is not retried (it may have been processed), as after any timeout", async () => {
    stallNext = 1;
    const c = httpClient(url, { timeout: TIMEOUT });
    const { value, ms } = await timed(() => c.images.create({ name: "x", volume_id: demoVolumeId(10, 1) }));
    expect(value).toBeInstanceOf(TimeoutError);
    expect(requests).toBe(1);
    expect(ms).toBeLessThan(TIMEOUT + SLACK);
  });

  it("the middleware path and client.fetch are bounded too", async () => {
    const c = httpClient(url, { timeout: TIMEOUT, maxRetries: 0 }).use({ onRequest: () => undefined });
    stallNext = 1;
    const viaMiddleware = await timed(() => c.images.get(demoImageIds.alphaWebGolden));
    expect(viaMiddleware.value).toBeInstanceOf(TimeoutError);
    expect(viaMiddleware.ms).toBeLessThan(TIMEOUT + SLACK);

    stallNext = 1;
    const viaFetch = await timed(() => c.fetch(new Request(`${url}/v1/images/10/1/${demoImageIds.alphaWebGolden}`)));
    expect(viaFetch.value).toBeInstanceOf(TimeoutError);
    expect(viaFetch.ms).toBeLessThan(TIMEOUT + SLACK);
    // Without a stall, client.fetch resolves with the whole answer, readable as usual.
    const ok = await c.fetch(new Request(`${url}/v1/images/10/1/${demoImageIds.alphaWebGolden}`));
    expect(ok.url).toBe(`${url}/v1/images/10/1/${demoImageIds.alphaWebGolden}`);
    expect(await ok.json()).toMatchObject({ name: "alpha-web-golden" });
  });

  it("a custom fetch that ignores the abort signal is bounded as well", async () => {
    stallNext = 1;
    // The platform fetch without the client's signal: like an in-process handler, it never aborts.
    const deaf = (request: Request) => fetch(request.url, { method: request.method, headers: request.headers });
    const c = httpClient(url, { timeout: TIMEOUT, maxRetries: 0, fetch: deaf });
    const { value, ms } = await timed(() => c.images.get(demoImageIds.alphaWebGolden));
    expect(value).toBeInstanceOf(TimeoutError);
    expect(ms).toBeLessThan(TIMEOUT + SLACK);
  });
});
