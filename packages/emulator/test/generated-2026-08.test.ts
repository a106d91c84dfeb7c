// The 2026-08 validators, compiled from the 2026-08 document: its drift check, and what they accept and refuse (tag
// patterns and lengths, paging bounds, the merge-patch tags of PATCH, the 33-field image).
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openapiDocuments } from "@imgctl/types/spec";
import { describe, expect, it } from "vitest";
import { bodies, loadResponseValidators, params, queryArrays } from "../src/generated/2026-08/index.js";

const script = fileURLToPath(new URL("../scripts/build-validators.mjs", import.meta.url));
const generated = fileURLToPath(new URL("../src/generated", import.meta.url));

function check(outDir: string) {
  try {
    execFileSync(process.execPath, [script, "--check", "--out-dir", outDir], { stdio: "pipe" });
    return { code: 0, output: "" };
  } catch (error) {
    const e = error as { status: number; stderr: Buffer };
    return { code: e.status, output: e.stderr.toString() };
  }
}

describe("the 2026-08 validators' drift check", () => {
  it("fails when a 2026-08 file is stale, naming only that file", () => {
    const dir = mkdtempSync(join(tmpdir(), "imgctl-validators-"));
    try {
      cpSync(generated, dir, { recursive: true });
      const file = join(dir, "2026-08", "index.js");
      writeFileSync(file, readFileSync(file, "utf8").replace('"imagesList":["tag_key"]', '"imagesList":[]'));
      const result = check(dir);
      expect(result.code).toBe(1);
      expect(result.output).toContain(join("2026-08", "index.js"));
      expect(result.output.match(/^stale: /gm)).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fails when the 2026-08 folder is missing", () => {
    const dir = mkdtempSync(join(tmpdir(), "imgctl-validators-"));
    try {
      cpSync(generated, dir, { recursive: true });
      rmSync(join(dir, "2026-08"), { recursive: true });
      expect(check(dir).code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const path = { project_id: "1", region_id: "1" };
const listQuery = (query: Record<string, string | string[]>) => params.imagesList({ path: { ...path }, query });

describe("2026-08 request validators", () => {
  it("cover exactly the generation's operations (no shared-image or reseller-image ones)", () => {
    expect(Object.keys(params).sort()).toEqual(Object.keys(bodies).sort());
    expect(Object.keys(params)).toHaveLength(19);
    expect(params).not.toHaveProperty("sharedImagesGet");
    expect(queryArrays.imagesList).toEqual(["tag_key"]);
    expect(queryArrays.baremetalImagesList).toEqual(["tag_key"]);
  });

  it("the list accepts the new filters and paging, and refuses limit 0 or 1001, offset -1 and a bad tag key", () => {
    expect(
      listQuery({
        tag_key: ["env", "owner"],
        tag_key_value: '{"env":"prod"}',
        limit: "1000",
        offset: "0",
        name: "ubu",
        os_distro: "Ubuntu",
        os_version: "22.04",
        architecture: "x86_64",
      }),
    ).toBe(true);
    expect(listQuery({ limit: "1" })).toBe(true);
    const bads: Record<string, string | string[]>[] = [
      { limit: "0" },
      { limit: "1001" },
      { offset: "-1" },
      { tag_key: ["a=b"] },
      { tag_key: ["has space"] },
      { architecture: "arm" },
    ];
    for (const bad of bads) {
      expect(listQuery(bad), JSON.stringify(bad)).toBe(false);
    }
    // Get takes only include_prices.
    expect(
      params.imagesGet({
        path: { ...path, image_id: "9c35f6e5-7a0a-4a1b-8f1e-2d1c5f3b4a01" },
        query: { include_prices: "true" },
      }),
    ).toBe(true);
  });

  it("PATCH takes tags as a merge patch (string or null per key, or null) within the key and value limits", () => {
    for (const good of [
      { tags: { env: "prod", stage: null } },
      { tags: null },
      { tags: {} },
      { name: "web-2026", tags: { k: "inner spaces ok" } },
    ]) {
      expect(bodies.imagesUpdate(good), JSON.stringify(good)).toBe(true);
    }
    for (const bad of [
      { tags: { "a=b": "x" } },
      { tags: { "a b": "x" } },
      { tags: { "": "x" } },
      { tags: { ["k".repeat(256)]: "x" } },
      { tags: { k: "v".repeat(256) } },
      { tags: { k: "" } },
      { tags: { k: " edge" } },
      { tags: { k: "tab\there" } },
      { tags: { k: "line\nbreak" } },
      { tags: { k: 1 } },
      { metadata: { env: "prod" } },
    ]) {
      expect(bodies.imagesUpdate(bad), JSON.stringify(bad)).toBe(false);
    }
    expect(bodies.imagesUpdate({ tags: { k: "v".repeat(255), ["k".repeat(255)]: "v" } })).toBe(true);
  });

  it("create and upload take tags as a string map (no nulls), not metadata", () => {
    const create = { name: "web-2026", volume_id: "4a2e1f0c-6b7d-4e8f-9a1b-2c3d4e5f6a7b" };
    expect(bodies.imagesCreate({ ...create, tags: { env: "prod" } })).toBe(true);
    expect(bodies.imagesCreate({ ...create, tags: { env: null } })).toBe(false);
    expect(bodies.imagesCreate({ ...create, metadata: { env: "prod" } })).toBe(false);
    expect(bodies.imagesUpload({ name: "web-2026", url: "https://example.com/a.img", tags: { env: "prod" } })).toBe(
      true,
    );
    expect(bodies.baremetalImagesCreate({ ...create, tags: { "a=b": "x" } })).toBe(false);
  });

  it("the deprecated item operations require the key, with the tag key pattern", () => {
    const item = { ...path, image_id: "9c35f6e5-7a0a-4a1b-8f1e-2d1c5f3b4a01" };
    expect(params.imageMetadataItemGet({ path: { ...item }, query: { key: "env" } })).toBe(true);
    expect(params.imageMetadataItemGet({ path: { ...item }, query: {} })).toBe(false);
    expect(params.imageMetadataItemDelete({ path: { ...item }, query: { key: "a=b" } })).toBe(false);
  });
});

describe("2026-08 response validators", () => {
  it("accept the spec's example images (33 fields, tags_v2) and refuse a seed-shaped image", async () => {
    const { responses } = await loadResponseValidators();
    const examples = (
      openapiDocuments["2026-08"].components as { examples: Record<string, { value: { results?: unknown[] } }> }
    ).examples;
    const image = examples.ImagePublic!.value as Record<string, unknown>;
    expect(responses.imagesGet!["200"]!(image)).toBe(true);
    expect(responses.imagesList!["200"]!(examples.ImageList!.value)).toBe(true);
    expect(responses.baremetalImagesList!["200"]!(examples.BaremetalImageList!.value)).toBe(true);
    const { tags_v2, ...seedShaped } = image;
    expect(tags_v2).toBeInstanceOf(Array);
    expect(responses.imagesGet!["200"]!({ ...seedShaped, metadata: {}, metadata_detailed: [] })).toBe(false);
    // Price fields are always present: null without include_prices, never absent.
    const { price_per_hour: _, ...noPrice } = image;
    expect(responses.imagesGet!["200"]!(noPrice)).toBe(false);
  });
});
