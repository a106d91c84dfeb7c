// The client against the emulator speaking 2026-08: tag filters and paging, listAll, tag writes by
// PATCH merge patch, the neutral tag view on one store through both generations, mismatches.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  API_VERSION_HEADER,
  ApiVersionMismatchError,
  BadRequestError,
  createImagesClient,
  imageTags,
  PermissionDeniedError,
} from "../src/index.js";
import { demoImageIds, demoKeys, IN_PROCESS_URL, memoryLogger, startEmulator } from "./helpers.js";
import { BATCH, manyImages } from "./many-images.js";

const N = 2_500;
const emulator = startEmulator({ apiVersion: "2026-08", fixture: manyImages(N) });
const options = { apiKey: demoKeys.alpha, baseUrl: IN_PROCESS_URL, fetch: emulator.fetch, projectId: 10, regionId: 1 };
const client = createImagesClient({ ...options, apiVersion: "2026-08" });
const golden = demoImageIds.alphaWebGolden;
afterAll(() => emulator.close());

describe("list: tag filters and paging", () => {
  it("tag_key_value (an object, every pair must match) and tag_key (repeated keys, every key) filter on the server", async () => {
    const prod = await client.images.list({ tag_key_value: { ...BATCH, env: "prod" }, limit: 10 });
    expect(prod.count).toBe(N / 2);
    expect(prod.results).toHaveLength(10);
    expect(prod.results.every((i) => i.tags_v2.some((t) => t.key === "env" && t.value === "prod"))).toBe(true);
    const owned = await client.images.list({ tag_key: ["owner", "batch"], limit: 1 });
    expect(owned.count).toBe(N / 5);
    expect(
      (await client.images.list({ tag_key: "owner", tag_key_value: { ...BATCH, env: "prod" }, limit: 1 })).count,
    ).toBe(N / 10);
    expect(
      (await client.images.list({ tag_key_value: JSON.stringify({ owner: "team-web" }) })).results.map((i) => i.id),
    ).toEqual([golden]);
  });

  it("limit / offset page through the matches; count is the total; name and os_distro filter too", async () => {
    const last = await client.images.list({ tag_key_value: BATCH, limit: 1000, offset: 2000 });
    expect(last).toMatchObject({ count: N });
    expect(last.results).toHaveLength(N - 2000);
    const debian = await client.images.list({ tag_key_value: BATCH, os_distro: "DEBIAN", limit: 1 });
    expect(debian.count).toBe(Math.ceil(N / 3));
    expect((await client.images.list({ name: "MANY-249", limit: 1000 })).count).toBe(11); // many-249, many-2490…2499
  });

  it("the server's 400 for a bad page or filter comes through as BadRequestError", async () => {
    await expect(client.images.list({ limit: 1001 })).rejects.toBeInstanceOf(BadRequestError);
    await expect(client.images.list({ limit: 0 })).rejects.toBeInstanceOf(BadRequestError);
    await expect(client.images.list({ offset: -1 })).rejects.toBeInstanceOf(BadRequestError);
    await expect(client.images.list({ tag_key_value: "{not json" })).rejects.toBeInstanceOf(BadRequestError);
  });

  it(`listAll yields all ${N} matches once, in pages of 1000 (3 requests)`, async () => {
    const logger = memoryLogger();
    const logged = createImagesClient({ ...options, apiVersion: "2026-08", logger });
    const ids = new Set<string>();
    for await (const image of logged.images.listAll({ tag_key_value: BATCH })) ids.add(image.id);
    expect(ids.size).toBe(N);
    expect(logger.attempts()).toBe(3);
    let yielded = 0;
    for await (const _ of logged.images.listAll({ tag_key_value: BATCH, limit: 700, offset: 100 })) yielded++;
    expect(yielded).toBe(N - 100);
    expect(logger.attempts()).toBe(3 + 4);
  });
});

describe("tags: PATCH with a merge patch", () => {
  const tags = async () =>
    Object.fromEntries(
      imageTags(await client.images.get(golden)).map((t) => [t.key, `${t.value}${t.readOnly ? " (ro)" : ""}`]),
    );

  it("set merges, unset and null delete, unnamed keys stay, read-only tags are kept", async () => {
    expect(await tags()).toEqual({ owner: "team-web", env: "prod", image_source: "volume (ro)" });
    const after = await client.images.tags.set(golden, { env: "dev", stage: "beta" });
    expect(imageTags(after).find((t) => t.key === "env")?.value).toBe("dev");
    await client.images.tags.unset(golden, ["stage", "absent"]);
    expect(await tags()).toEqual({ owner: "team-web", env: "dev", image_source: "volume (ro)" });
    await client.images.tags.patch(golden, { env: null, reviewed: "yes" });
    expect(await tags()).toEqual({ owner: "team-web", reviewed: "yes", image_source: "volume (ro)" });
    await client.images.tags.replace(golden, { owner: "team-web", env: "prod" });
    expect(await tags()).toEqual({ owner: "team-web", env: "prod", image_source: "volume (ro)" });
  });

  it("tags: null clears every user tag and keeps the read-only ones; a patch of a read-only key is refused, nothing changed", async () => {
    await client.images.tags.patch(golden, null);
    expect(await tags()).toEqual({ image_source: "volume (ro)" });
    await client.images.tags.set(golden, { owner: "team-web", env: "prod" });
    await expect(client.images.tags.unset(golden, ["image_source"])).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(client.images.tags.set(golden, { image_source: "x", env: "x" })).rejects.toBeInstanceOf(
      PermissionDeniedError,
    );
    expect(await tags()).toEqual({ owner: "team-web", env: "prod", image_source: "volume (ro)" });
  });

  it("the deprecated /metadata endpoints stay reachable explicitly", async () => {
    await client.images.metadata.merge(golden, { legacy: "1" });
    expect(await client.images.metadata.get(golden, "legacy")).toEqual({ key: "legacy", value: "1", read_only: false });
    await client.images.metadata.delete(golden, "legacy");
    expect((await client.images.metadata.list(golden)).results.map((t) => t.key).sort()).toEqual([
      "env",
      "image_source",
      "owner",
    ]);
  });
});

describe("one store, both generations", () => {
  const dir = mkdtempSync(join(tmpdir(), "imgctl-client-gen-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("imageTags gives the same view of every image through 2025-04 and 2026-08", async () => {
    const db = join(dir, "store.db");
    const seedServer = startEmulator({ db, fixture: manyImages(20) });
    const seed = createImagesClient({ ...options, fetch: seedServer.fetch });
    await seed.images.metadata.merge(golden, { extra: "from 2025-04" });
    const seedView = (await seed.images.list()).results.map((i) => [i.id, imageTags(i)]);
    await seedServer.close();
    const todayServer = startEmulator({ db, apiVersion: "2026-08" });
    const today = createImagesClient({ ...options, fetch: todayServer.fetch, apiVersion: "2026-08" });
    const todayView = [];
    for await (const image of today.images.listAll()) todayView.push([image.id, imageTags(image)]);
    await todayServer.close();
    expect(todayView.length).toBe(seedView.length);
    expect(new Map(todayView as never)).toEqual(new Map(seedView as never));
    expect(seedView.length).toBeGreaterThan(20);
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

describe("a 2025-04 client on a 2026-08 server", () => {
  it("that names its generation: ApiVersionMismatchError naming both", async () => {
    const seed = createImagesClient(options);
    const error = await seed.images.get(golden).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiVersionMismatchError);
    expect(error).toMatchObject({ clientVersion: "2025-04", serverVersion: "2026-08" });
    expect((error as Error).message).toContain(
      "This client speaks API 2025-04 but the server speaks 2026-08 (it answers with x-imgctl-api-version: 2026-08)",
    );
  });

  it("that announces nothing: the tags_v2 of the first image tells, never an empty metadata view", async () => {
    const seed = createImagesClient({ ...options, fetch: silent(emulator.fetch) });
    const error = await seed.images.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiVersionMismatchError);
    expect((error as Error).message).toContain("(an image came back with tags_v2)");
    await expect(seed.images.get(golden)).rejects.toMatchObject({ clientVersion: "2025-04", serverVersion: "2026-08" });
  });
});
