// API generations that need no 2026-08 server: how a client picks its generation, what it refuses
// before sending, and the mismatch a 2026-08 client meets on the 2025-04 emulator.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  API_VERSION_HEADER,
  ApiVersionMismatchError,
  ClientOptionsError,
  createImagesClient,
  imageTags,
  isApiVersion,
  NotInApiVersionError,
  type Image,
} from "../src/index.js";
import { demoImageIds, demoKeys, IN_PROCESS_URL, startEmulator } from "./helpers.js";

const emulator = startEmulator();
const options = { apiKey: demoKeys.alpha, baseUrl: IN_PROCESS_URL, fetch: emulator.fetch, projectId: 10, regionId: 1 };
afterEach(() => vi.unstubAllEnvs());

describe("which generation a client speaks", () => {
  beforeAll(() => vi.unstubAllEnvs());

  it("the live API's host speaks 2026-08, any other base URL 2025-04; the option and GCORE_API_VERSION override", () => {
    vi.stubEnv("GCORE_API_VERSION", "");
    vi.stubEnv("GCORE_BASE_URL", "");
    expect(createImagesClient({ apiKey: "k" }).apiVersion).toBe("2026-08");
    expect(createImagesClient({ baseUrl: "https://api.gcore.com" }).options.apiVersion).toBe("2026-08");
    expect(createImagesClient({ baseUrl: "http://127.0.0.1:8080/cloud" }).apiVersion).toBe("2025-04");
    expect(createImagesClient({ apiVersion: "2025-04" }).apiVersion).toBe("2025-04");
    vi.stubEnv("GCORE_API_VERSION", "2026-08");
    expect(createImagesClient({ baseUrl: "http://127.0.0.1:8080/cloud" }).apiVersion).toBe("2026-08");
    expect(createImagesClient({ baseUrl: "http://127.0.0.1:8080/cloud", apiVersion: "2025-04" }).apiVersion).toBe(
      "2025-04",
    );
  });

  it("an unknown generation fails at construction, naming the source and the valid ones", () => {
    vi.stubEnv("GCORE_API_VERSION", "2026-09");
    expect(() => createImagesClient()).toThrow(
      new ClientOptionsError('GCORE_API_VERSION must be one of 2025-04, 2026-08, got "2026-09"'),
    );
    expect(() => createImagesClient({ apiVersion: "v2" as never })).toThrow(
      new ClientOptionsError('apiVersion must be one of 2025-04, 2026-08, got "v2"'),
    );
  });

  it("isApiVersion narrows a client whose generation is known at run time", () => {
    const client = createImagesClient({ ...options, apiVersion: "2026-08" as "2025-04" | "2026-08" });
    expect(isApiVersion(client, "2026-08")).toBe(true);
    expect(isApiVersion(client, "2025-04")).toBe(false);
  });
});

describe("what a generation does not have is refused before anything is sent", () => {
  it("a 2026-08 client has no shared or reseller images, and says which generation has them", () => {
    const client = createImagesClient({ ...options, apiVersion: "2026-08" }) as unknown as ReturnType<
      typeof createImagesClient
    >;
    expect(() => client.sharedImages).toThrow(NotInApiVersionError);
    expect(() => client.resellerImages).toThrow(
      'resellerImages exists in API 2025-04 only; this client speaks 2026-08: create one with apiVersion: "2025-04"',
    );
  });

  it("a filter of the other generation is an error, never a filter the server would ignore", async () => {
    const seed = createImagesClient(options);
    await expect(seed.images.list({ tag_key: ["env"] } as never)).rejects.toThrow(
      "The list filter tag_key is 2026-08 only; this client speaks 2025-04",
    );
    await expect(seed.images.list({ limit: 10 } as never)).rejects.toThrow(NotInApiVersionError);
    // A client made without apiVersion is typed 2025-04; against the live API it speaks 2026-08.
    const today = createImagesClient({ ...options, apiVersion: "2026-08" }) as unknown as typeof seed;
    await expect(today.images.list({ metadata_kv: { env: "prod" } })).rejects.toThrow(
      "The list filter metadata_kv is 2025-04 only; this client speaks 2026-08",
    );
    await expect(today.baremetalImages.list({ metadata_k: ["a"] })).rejects.toThrow(NotInApiVersionError);
  });
});

/** The emulator as a server that does not name its generation (like the live API): its header removed. */
function silent(fetch: (request: Request) => Promise<Response>) {
  return async (request: Request) => {
    const response = await fetch(request);
    const headers = new Headers(response.headers);
    headers.delete(API_VERSION_HEADER);
    return new Response(response.body, { status: response.status, headers });
  };
}

describe("a 2026-08 client on a 2025-04 server", () => {
  it("that names its generation: fails on any answer, naming both", async () => {
    const client = createImagesClient({ ...options, apiVersion: "2026-08" });
    const error = await client.tasks.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiVersionMismatchError);
    expect((error as Error).message).toBe(
      'This client speaks API 2026-08 but the server speaks 2025-04 (it answers with x-imgctl-api-version: 2025-04): create the client with apiVersion: "2025-04" or set GCORE_API_VERSION=2025-04',
    );
  });

  it("that announces nothing: fails on the first image, naming both generations (the shape tells)", async () => {
    const client = createImagesClient({ ...options, fetch: silent(emulator.fetch), apiVersion: "2026-08" });
    const error = await client.images.get(demoImageIds.alphaWebGolden).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiVersionMismatchError);
    expect(error).toMatchObject({ clientVersion: "2026-08", serverVersion: "2025-04" });
    expect((error as Error).message).toBe(
      'This client speaks API 2026-08 but the server speaks 2025-04 (an image came back with metadata_detailed): create the client with apiVersion: "2025-04" or set GCORE_API_VERSION=2025-04',
    );
    await expect(client.images.listOwned()).rejects.toBeInstanceOf(ApiVersionMismatchError);
  });
});

describe("imageTags, the generation-neutral view", () => {
  it("reads a 2025-04 image's metadata_detailed as key, value, readOnly", async () => {
    const image = await createImagesClient(options).images.get(demoImageIds.alphaWebGolden);
    expect(imageTags(image)).toEqual(
      image.metadata_detailed.map((m) => ({ key: m.key, value: m.value, readOnly: m.read_only })),
    );
    expect(imageTags(image).length).toBeGreaterThan(0);
  });

  it("an image with neither tag field is an error, not an empty list", () => {
    expect(() => imageTags({ id: "x" } as Image)).toThrow(
      "Image x has neither tags_v2 (2026-08) nor metadata_detailed (2025-04)",
    );
  });
});
