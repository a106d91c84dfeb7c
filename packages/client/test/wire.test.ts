// The exact requests the table-driven resource methods send (method, path, query, body), seen by
// the transport on their way to the real emulator, and the error classes' names.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "@imgctl/emulator";
import * as api from "../src/index.js";
import { demoImageIds, demoVolumeId, inProcessClient, startEmulator } from "./helpers.js";

let emulator: Emulator;
const sent: { method: string; url: string; body: string }[] = [];
let alpha: api.ImagesClient;

beforeAll(() => {
  emulator = startEmulator();
  alpha = inProcessClient(emulator, {
    fetch: async (request) => {
      sent.push({
        method: request.method,
        url: decodeURIComponent(request.url.replace("http://emulator.local/cloud", "")),
        body: await request.clone().text(),
      });
      return emulator.fetch(request);
    },
  });
});
afterAll(() => emulator.close());

/** The one request `call` sent. */
async function wire(call: () => Promise<unknown>) {
  sent.length = 0;
  await call();
  expect(sent).toHaveLength(1);
  return sent[0]!;
}

describe("what each method sends", () => {
  const id = demoImageIds.alphaWebGolden;
  it("list filters: JSON for metadata_k / metadata_kv, the private flag only when true, no scope in the query", async () => {
    const list = await wire(() =>
      alpha.images.list({
        project_id: 10,
        region_id: 2,
        metadata_k: ["a", "b"],
        metadata_kv: { env: "prod" },
        private: true,
        include_prices: true,
      }),
    );
    const [path, query] = list.url.split("?");
    expect([list.method, path, list.body]).toEqual(["GET", "/v1/images/10/2", ""]);
    expect(query!.split("&").sort()).toEqual([
      "include_prices=true",
      'metadata_k=["a","b"]',
      'metadata_kv={"env":"prod"}',
      "private=true",
    ]);
    expect((await wire(() => alpha.images.list({ private: false, visibility: "public" }))).url).toBe(
      "/v1/images/10/1?visibility=public",
    );
    expect((await wire(() => alpha.images.listOwned())).url).toBe("/v1/projectimages/10/1");
  });

  it("path, query and body parameters of the image and metadata methods", async () => {
    expect(await wire(() => alpha.images.get(id, { region_id: 1, include_prices: true }))).toMatchObject({
      method: "GET",
      url: `/v1/images/10/1/${id}?include_prices=true`,
    });
    const created = await wire(() =>
      alpha.images.create({ project_id: 10, name: "wire", volume_id: demoVolumeId(10, 1) }),
    );
    expect(created).toMatchObject({ method: "POST", url: "/v1/images/10/1" });
    expect(JSON.parse(created.body)).toEqual({ name: "wire", volume_id: demoVolumeId(10, 1) });
    expect(await wire(() => alpha.images.update(id, { name: "alpha-web-golden", region_id: 1 }))).toEqual({
      method: "PATCH",
      url: `/v1/images/10/1/${id}`,
      body: '{"name":"alpha-web-golden"}',
    });
    expect(await wire(() => alpha.images.metadata.merge(id, { k: "v" }, { project_id: 10 }))).toEqual({
      method: "POST",
      url: `/v1/images/10/1/${id}/metadata`,
      body: '{"k":"v"}',
    });
    expect(await wire(() => alpha.images.metadata.get(id, "k"))).toEqual({
      method: "GET",
      url: `/v1/images/10/1/${id}/metadata_item?key=k`,
      body: "",
    });
    expect(await wire(() => alpha.images.metadata.delete(id, "k", { region_id: 1 }))).toEqual({
      method: "DELETE",
      url: `/v1/images/10/1/${id}/metadata_item?key=k`,
      body: "",
    });
  });

  it("the methods without a scope take their ids and queries as given", async () => {
    expect((await wire(() => alpha.sharedImages.get({ entity_type: "project", entity_id: 10 }))).url).toBe(
      "/v1/shared_image?entity_type=project&entity_id=10",
    );
    await expect(alpha.resellerImages.delete(100, { region_id: 2 })).rejects.toBeInstanceOf(api.PermissionDeniedError);
    expect(sent.at(-1)).toEqual({ method: "DELETE", url: "/v1/reseller_image/100?region_id=2", body: "" });
  });
});

describe("error classes", () => {
  it("every exported error class is named after itself (the names survive minification)", () => {
    const classes = Object.entries(api).filter(([, v]) => typeof v === "function" && v.prototype instanceof Error);
    // 18 before API generations, plus ApiVersionMismatchError and NotInApiVersionError.
    expect(classes).toHaveLength(20);
    for (const [name, Class] of classes) expect((Class as { prototype: Error }).prototype.name, name).toBe(name);
  });
});
