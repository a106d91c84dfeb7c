// A custom fetch that carries a plain form (PLAIN_FETCH, as the CLI's local profile passes the
// in-process emulator): resource calls without middleware use the plain form, everything that
// has a Request (middleware, `client.fetch`) uses the fetch, and callers see the same data,
// errors, retries and timeouts either way.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { Emulator } from "@imgctl/emulator";
import { PLAIN_FETCH, type PlainFetch } from "../src/fetch/send.js";
import { type ApiError, createImagesClient, TimeoutError, type ImagesClient } from "../src/index.js";
import { demoImageIds, demoKeys, IN_PROCESS_URL, startEmulator } from "./helpers.js";

// A fixed clock: both ways of a write give the same `updated_at`.
const emulator: Emulator = startEmulator({ clock: () => Date.parse("2026-01-01T00:00:00Z") });
afterEach(() => emulator.setFaults(undefined));
afterAll(() => emulator.close());

function clients(options: { timeout?: number; maxRetries?: number } = {}) {
  const counts = { fetch: 0, plain: 0 };
  const fetch = (request: Request) => {
    counts.fetch++;
    return emulator.fetch(request);
  };
  const plain: PlainFetch = (url, init) => {
    counts.plain++;
    return emulator.handle({ url, method: init.method, headers: init.headers, body: init.body });
  };
  const base = { apiKey: demoKeys.alpha, baseUrl: IN_PROCESS_URL, projectId: 10, regionId: 1, ...options };
  const withPlain = createImagesClient({ ...base, fetch: Object.assign(fetch, { [PLAIN_FETCH]: plain }) });
  const requestOnly = createImagesClient({ ...base, fetch: (request) => emulator.fetch(request) });
  return { withPlain, requestOnly, counts };
}

/** What a caller can observe of a call's outcome (request ids aside). */
async function outcome(call: (c: ImagesClient) => Promise<unknown>, client: ImagesClient) {
  try {
    return { data: JSON.parse(JSON.stringify(await call(client))) as unknown };
  } catch (error) {
    const e = error as ApiError;
    return {
      error: e.constructor.name,
      message: e.message.replace(/request[ _]id [0-9a-f]+/, "request id <id>"),
      status: e.status,
      exceptionClass: e.exceptionClass,
      invalidFields: e.invalidFields,
      headersAreHeaders: e.headers instanceof Headers,
      retryAfter: e.headers?.get("retry-after"),
    };
  }
}

describe("a fetch with a plain form", () => {
  it("resource calls use the plain form and answer as the Request path does: data and errors", async () => {
    const { withPlain, requestOnly, counts } = clients({ maxRetries: 0 });
    const id = demoImageIds.alphaWebGolden;
    const calls: ((c: ImagesClient) => Promise<unknown>)[] = [
      (c) => c.images.list({ include_prices: true }),
      (c) => c.images.get(id),
      (c) => c.images.get("00000000-0000-4000-8000-000000000000"),
      (c) => c.images.update(id, { name: "" }),
      (c) => c.images.update(id, { name: "alpha-web-golden" }),
    ];
    for (const call of calls) expect(await outcome(call, withPlain)).toEqual(await outcome(call, requestOnly));
    expect(counts).toEqual({ fetch: 0, plain: calls.length });
  });

  it("an injected 429 is retried after its Retry-After-Ms, then the list arrives", async () => {
    const { withPlain, counts } = clients({ maxRetries: 1 });
    emulator.setFaults({ rules: [{ operationId: "imagesList", status: 429, retryAfterMs: 10, times: 1 }] });
    expect((await withPlain.images.list()).count).toBeGreaterThan(0);
    expect(counts.plain).toBe(2);
  });

  it("an injected 503 with no retries left is the same ApiError, with real Headers", async () => {
    const { withPlain, requestOnly } = clients({ maxRetries: 0 });
    const fault = { rules: [{ operationId: "imagesList" as const, status: 503, retryAfter: 3 }] };
    emulator.setFaults(fault);
    const list = (c: ImagesClient) => c.images.list();
    const plain = await outcome(list, withPlain);
    expect(plain).toEqual(await outcome(list, requestOnly));
    expect(plain).toMatchObject({
      status: 503,
      exceptionClass: "ServiceUnavailable",
      headersAreHeaders: true,
      retryAfter: "3",
    });
  });

  it("a stalled plain handler times out like any other", async () => {
    const { withPlain } = clients({ timeout: 50, maxRetries: 0 });
    emulator.setFaults({ rules: [{ operationId: "imagesGet", stallMs: 2_000 }] });
    await expect(withPlain.images.get(demoImageIds.alphaWebGolden)).rejects.toBeInstanceOf(TimeoutError);
  });

  it("middleware and client.fetch still get a real Request, through the fetch", async () => {
    const { withPlain, counts } = clients();
    const seen: unknown[] = [];
    withPlain.use({ onRequest: ({ request }) => void seen.push(request) });
    await withPlain.images.get(demoImageIds.alphaWebGolden);
    const response = await withPlain.fetch(
      new Request(`${IN_PROCESS_URL}/v1/images/10/1/${demoImageIds.alphaWebGolden}`),
    );
    expect(response.status).toBe(200);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(Request);
    expect(counts).toEqual({ fetch: 2, plain: 0 });
  });
});
