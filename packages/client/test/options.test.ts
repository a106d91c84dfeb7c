// Options, environment fallbacks, raw access, middleware and client.fetch, against the emulator in process.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Emulator } from "@imgctl/emulator";
import { createImagesClient, DEFAULT_BASE_URL, NotFoundError, type Middleware } from "../src/index.js";
import { demoImageIds, demoKeys, IN_PROCESS_URL, inProcessClient, startEmulator } from "./helpers.js";

let emulator: Emulator;
beforeAll(() => {
  emulator = startEmulator();
});
afterEach(() => {
  vi.unstubAllEnvs();
});
afterAll(() => emulator.close());

describe("environment fallbacks", () => {
  it("GCORE_API_KEY, GCORE_BASE_URL, GCORE_CLOUD_PROJECT_ID and GCORE_CLOUD_REGION_ID fill unset options", async () => {
    vi.stubEnv("GCORE_API_KEY", demoKeys.alpha);
    vi.stubEnv("GCORE_BASE_URL", `${IN_PROCESS_URL}/`);
    vi.stubEnv("GCORE_CLOUD_PROJECT_ID", "10");
    vi.stubEnv("GCORE_CLOUD_REGION_ID", "2");
    const client = createImagesClient({ fetch: emulator.fetch });
    expect(client.options).toEqual({
      apiVersion: "2025-04",
      baseUrl: IN_PROCESS_URL,
      projectId: 10,
      regionId: 2,
      timeout: 120_000,
      maxRetries: 2,
    });
    // The key from the environment authenticates, and the scope comes from it.
    const list = await client.images.list();
    expect(list.results.every((i) => i.region_id === 2)).toBe(true);
  });

  it("explicit options win over the environment", () => {
    vi.stubEnv("GCORE_BASE_URL", "http://from-env/cloud");
    vi.stubEnv("GCORE_CLOUD_PROJECT_ID", "10");
    const client = createImagesClient({ baseUrl: "http://explicit/cloud", projectId: 20, timeout: 5, maxRetries: 0 });
    expect(client.options).toMatchObject({
      baseUrl: "http://explicit/cloud",
      projectId: 20,
      timeout: 5,
      maxRetries: 0,
    });
  });

  it("defaults: the real API, no scope, 2 minutes, 2 retries; empty variables count as unset", () => {
    vi.stubEnv("GCORE_BASE_URL", "");
    vi.stubEnv("GCORE_CLOUD_PROJECT_ID", "");
    vi.stubEnv("GCORE_CLOUD_REGION_ID", undefined);
    vi.stubEnv("GCORE_API_VERSION", "");
    const client = createImagesClient();
    // The live API speaks 2026-08: a client pointed at it with nothing else configured does too.
    expect(client.options).toEqual({
      apiVersion: "2026-08",
      baseUrl: DEFAULT_BASE_URL,
      projectId: undefined,
      regionId: undefined,
      timeout: 120_000,
      maxRetries: 2,
    });
    expect(DEFAULT_BASE_URL).toBe("https://api.gcore.com/cloud");
  });

  it("a bare origin, as the official SDKs take GCORE_BASE_URL, gets the /cloud prefix", () => {
    vi.stubEnv("GCORE_BASE_URL", "https://api.gcore.com");
    expect(createImagesClient().options.baseUrl).toBe("https://api.gcore.com/cloud");
    expect(createImagesClient({ baseUrl: "http://127.0.0.1:8080/" }).options.baseUrl).toBe(
      "http://127.0.0.1:8080/cloud",
    );
    expect(createImagesClient({ baseUrl: "http://proxy.local/gcore/cloud/" }).options.baseUrl).toBe(
      "http://proxy.local/gcore/cloud",
    );
  });

  it("a malformed id in the environment fails at construction, naming the variable", () => {
    vi.stubEnv("GCORE_CLOUD_REGION_ID", "one");
    expect(() => createImagesClient()).toThrow('GCORE_CLOUD_REGION_ID must be a non-negative integer, got "one"');
  });

  it("without any key the API answers 401", async () => {
    vi.stubEnv("GCORE_API_KEY", "");
    const client = createImagesClient({ baseUrl: IN_PROCESS_URL, fetch: emulator.fetch, projectId: 10, regionId: 1 });
    await expect(client.images.list()).rejects.toMatchObject({ status: 401 });
  });

  it("an apiKey that is already a full Authorization value is sent as is", async () => {
    const client = inProcessClient(emulator, { apiKey: `APIKey ${demoKeys.alpha}` });
    expect((await client.images.listOwned()).count).toBe(1);
  });
});

describe("raw, use() and fetch", () => {
  it("raw reaches every path with openapi-fetch's {data, error, response}", async () => {
    const client = inProcessClient(emulator);
    const ok = await client.raw.GET("/v1/images/{project_id}/{region_id}/{image_id}", {
      params: { path: { project_id: 10, region_id: 1, image_id: demoImageIds.alphaWebGolden } },
    });
    expect(ok.data?.name).toBe("alpha-web-golden");
    const missing = await client.raw.GET("/v1/tasks/{task_id}", {
      params: { path: { task_id: "00000000-0000-4000-8000-000000000000" } },
    });
    expect(missing.response.status).toBe(404);
    expect(missing.error?.exception_class).toBe("NotFoundError");
  });

  it("use() middleware sees every resource call once (outside the retries) and can short-circuit", async () => {
    const client = inProcessClient(emulator);
    const seen: string[] = [];
    const spy: Middleware = {
      onRequest({ request, schemaPath }) {
        seen.push(`${request.method} ${schemaPath}`);
        // The policy plugin's shape: refuse a write before it is sent.
        if (request.method === "POST" && schemaPath.endsWith("/metadata"))
          return new Response(
            JSON.stringify({ exception_class: "PolicyViolation", message: "key not allowed", request_id: "local" }),
            { status: 422, headers: { "content-type": "application/json" } },
          );
        return undefined;
      },
    };
    client.use(spy);
    emulator.setFaults({ rules: [{ operationId: "imagesList", status: 503, retryAfterMs: 1, times: 1 }] });
    await client.images.list();
    emulator.setFaults(undefined);
    await expect(client.images.metadata.merge(demoImageIds.alphaWebGolden, { "bad key": "x" })).rejects.toThrow(
      "422 UnprocessableEntityError: key not allowed (request_id local)",
    );
    expect(seen).toEqual([
      "GET /v1/images/{project_id}/{region_id}",
      "POST /v1/images/{project_id}/{region_id}/{image_id}/metadata",
    ]);
    client.eject(spy);
    await client.images.listOwned();
    expect(seen).toHaveLength(2);
  });

  it("fetch sends any Request with auth, retries and timeout, without middleware", async () => {
    const client = inProcessClient(emulator, { logger: undefined });
    let middlewareCalls = 0;
    client.use({ onRequest: () => void middlewareCalls++ });
    emulator.setFaults({ rules: [{ operationId: "imagesGet", status: 500, retryAfterMs: 1, times: 1 }] });
    const response = await client.fetch(new Request(`${IN_PROCESS_URL}/v1/images/10/1/${demoImageIds.alphaWebGolden}`));
    emulator.setFaults(undefined);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { name: string }).name).toBe("alpha-web-golden");
    expect(middlewareCalls).toBe(0);
    // 4xx resolve as responses: fetch semantics.
    const missing = await client.fetch(
      new Request(`${IN_PROCESS_URL}/v1/images/10/1/00000000-0000-4000-8000-000000000000`),
    );
    expect(missing.status).toBe(404);
  });

  it("a POST body survives a retry (each attempt sends a fresh clone)", async () => {
    const client = inProcessClient(emulator);
    emulator.setFaults({ rules: [{ operationId: "imageMetadataMerge", status: 429, retryAfterMs: 1, times: 2 }] });
    await client.images.metadata.merge(demoImageIds.alphaWebGolden, { cloned: "yes" });
    emulator.setFaults(undefined);
    expect(await client.images.metadata.get(demoImageIds.alphaWebGolden, "cloned")).toMatchObject({ value: "yes" });
  });

  it("per-call and client headers are sent", async () => {
    const seen: Headers[] = [];
    const client = createImagesClient({
      apiKey: demoKeys.alpha,
      baseUrl: IN_PROCESS_URL,
      projectId: 10,
      regionId: 1,
      headers: { "x-client": "tests" },
      fetch: (request) => {
        seen.push(request.headers);
        return emulator.fetch(request);
      },
    });
    await client.images.get(demoImageIds.alphaWebGolden, {}, { headers: { "x-call": "one" } });
    await expect(client.images.get("00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
    expect(seen[0]!.get("x-client")).toBe("tests");
    expect(seen[0]!.get("x-call")).toBe("one");
    expect(seen[0]!.get("authorization")).toBe(`APIKey ${demoKeys.alpha}`);
    expect(seen[1]!.get("x-call")).toBeNull();
  });
});
