// The transport's two ways of sending: resource calls without middleware skip the Request (the
// URL and init go straight to fetch), calls with middleware go through openapi-fetch. Both must
// send exactly the same thing, and timeouts and aborts must close the socket.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "@imgctl/emulator";
import { createImagesClient, TimeoutError, type ImagesClient } from "../src/index.js";
import { demoImageIds, demoKeys, demoVolumeId, IN_PROCESS_URL, startEmulator } from "./helpers.js";

let emulator: Emulator;
beforeAll(() => {
  emulator = startEmulator();
});
afterAll(() => emulator.close());

describe("with and without middleware, the same request", () => {
  type Seen = { method: string; url: string; body: string; headers: [string, string][] };
  function recording(): { client: ImagesClient; seen: Seen[] } {
    const seen: Seen[] = [];
    const client = createImagesClient({
      apiKey: demoKeys.alpha,
      baseUrl: IN_PROCESS_URL,
      projectId: 10,
      regionId: 1,
      headers: { "X-Client": "tests" },
      fetch: async (request) => {
        const headers = [...request.headers].sort(([a], [b]) => a.localeCompare(b));
        seen.push({ method: request.method, url: request.url, body: await request.clone().text(), headers });
        return emulator.fetch(request);
      },
    });
    return { client, seen };
  }

  it("URL, query, body and headers match openapi-fetch's", async () => {
    const id = demoImageIds.alphaWebGolden;
    const calls: ((c: ImagesClient) => Promise<unknown>)[] = [
      (c) =>
        c.images.list({
          metadata_k: ["a", "b c"],
          metadata_kv: { env: "prod" },
          private: true,
          include_prices: true,
          region_id: 2,
        }),
      (c) => c.images.get(id, { include_prices: true }, { headers: { "X-Call": "one", "X-CLIENT": "override" } }),
      (c) => c.images.metadata.merge(id, { k: "v w" }),
      (c) => c.images.metadata.get(id, "k"),
      (c) => c.images.update(id, { name: "alpha-web-golden" }),
      (c) => c.sharedImages.get({ entity_type: "project", entity_id: 10 }),
      (c) => c.images.create({ name: "twice", volume_id: demoVolumeId(10, 1) }),
      (c) => c.images.get("00000000-0000-4000-8000-000000000000").catch((e: Error) => e.name),
    ];
    const plain = recording();
    const withMiddleware = recording();
    // Registered on `raw` directly: resource calls must see it too.
    withMiddleware.client.raw.use({ onRequest: () => undefined });
    for (const call of calls) {
      const [a, b] = [await call(plain.client), await call(withMiddleware.client)];
      expect(typeof a).toBe(typeof b);
    }
    expect(plain.seen.at(-1)).toBeDefined();
    expect(plain.seen).toHaveLength(calls.length);
    // The emulator's answers carry ids and times; the requests must be identical.
    expect(plain.seen.map((s) => ({ ...s, body: s.body.replace(/"name":"twice"/, "") }))).toEqual(
      withMiddleware.seen.map((s) => ({ ...s, body: s.body.replace(/"name":"twice"/, "") })),
    );
    expect(plain.seen[1]!.headers).toContainEqual(["x-client", "override"]);
    expect(plain.seen[2]!.headers).toContainEqual(["content-type", "application/json"]);
  });
});

describe("on Node's fetch, timeouts and aborts close the connection", () => {
  let server: http.Server;
  let url: string;
  const closed: number[] = [];
  beforeAll(async () => {
    // Never answers; records when each request's socket closes.
    server = http.createServer((req) => req.socket.on("close", () => closed.push(performance.now())));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cloud`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  async function closedSince(started: number): Promise<boolean> {
    for (let i = 0; i < 100 && !closed.some((t) => t >= started); i++) await new Promise((r) => setTimeout(r, 10));
    return closed.some((t) => t >= started);
  }

  it("a timeout", async () => {
    const client = createImagesClient({
      apiKey: "k",
      baseUrl: url,
      projectId: 1,
      regionId: 1,
      timeout: 50,
      maxRetries: 0,
    });
    const started = performance.now();
    await expect(client.tasks.get("t")).rejects.toBeInstanceOf(TimeoutError);
    expect(await closedSince(started)).toBe(true);
  });

  it("the caller's signal, with its reason", async () => {
    const client = createImagesClient({ apiKey: "k", baseUrl: url, projectId: 1, regionId: 1 });
    const reason = new Error("stop");
    const controller = new AbortController();
    setTimeout(() => controller.abort(reason), 50);
    const started = performance.now();
    await expect(client.tasks.get("t", { signal: controller.signal })).rejects.toBe(reason);
    expect(await closedSince(started)).toBe(true);
  });

  it("client.fetch, with a Request", async () => {
    const client = createImagesClient({ apiKey: "k", baseUrl: url, timeout: 50, maxRetries: 0 });
    const started = performance.now();
    await expect(client.fetch(new Request(`${url}/v1/tasks/t`))).rejects.toBeInstanceOf(TimeoutError);
    expect(await closedSince(started)).toBe(true);
  });

  it("the global fetch (here wrapped) gets a platform AbortSignal", async () => {
    const original = globalThis.fetch;
    const signals: unknown[] = [];
    globalThis.fetch = (input, init) => {
      signals.push(init?.signal);
      return original(input, init);
    };
    try {
      const client = createImagesClient({
        apiKey: "k",
        baseUrl: url,
        projectId: 1,
        regionId: 1,
        timeout: 50,
        maxRetries: 0,
      });
      await expect(client.tasks.get("t")).rejects.toBeInstanceOf(TimeoutError);
    } finally {
      globalThis.fetch = original;
    }
    expect(signals).toHaveLength(1);
    expect(signals[0]).toBeInstanceOf(AbortSignal);
  });
});
