import { existsSync, readFileSync, rmSync } from "node:fs";
import type { Image, MetadataItem, MetadataItemList } from "@imgctl/types";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { demo, imgctl, imgctlJson, sandbox, withEnv } from "./helpers/run.js";
import { writeVetoPlugin } from "./helpers/veto-plugin.js";

let box: ReturnType<typeof sandbox>;
let image: string;
beforeAll(async () => {
  box = sandbox();
  image = (
    await imgctlJson<Image>(["images", "create", "--name", "meta-img", "--volume-id", demo.bootVolume, "--wait"])
  ).id;
});
afterAll(() => box.restore());

const asMap = (list: MetadataItemList): Record<string, string> =>
  Object.fromEntries(list.results.map((m) => [m.key, m.value]));

describe("images metadata", () => {
  it("list shows items with their read-only flag (table and JSON)", async () => {
    const out = await imgctl(["images", "metadata", "list", demo.goldenImage]);
    expect(out.stdout.split("\n")[0]).toMatch(/^KEY\s+VALUE\s+READ ONLY$/);
    expect(out.stdout).toMatch(/^owner\s+team-web\s+no$/m);
    const list = await imgctlJson<MetadataItemList>(["images", "metadata", "list", demo.goldenImage]);
    expect(asMap(list)).toMatchObject({ owner: "team-web", env: "prod" });
  });

  it("set merges, replace replaces (read-only items stay), get and unset work on one key", async () => {
    const merged = await imgctlJson<MetadataItemList>(["images", "metadata", "set", image, "a=1", "b=x=y"]);
    expect(asMap(merged)).toMatchObject({ a: "1", b: "x=y" });
    const replaced = await imgctlJson<MetadataItemList>(["images", "metadata", "replace", image, "c=3"]);
    const map = asMap(replaced);
    expect(map.c).toBe("3");
    expect(map.a).toBeUndefined();
    expect(replaced.results.some((m) => m.read_only)).toBe(true);
    const item = await imgctlJson<MetadataItem>(["images", "metadata", "get", image, "c"]);
    expect(item).toEqual({ key: "c", value: "3", read_only: false });
    const unset = await imgctl(["images", "metadata", "unset", image, "c"]);
    expect(unset.code).toBe(0);
    expect((await imgctl(["images", "metadata", "get", image, "c"])).code).toBe(3);
  });

  it("operands must be key=value (exit 2), and read-only items cannot change (403, exit 3)", async () => {
    expect((await imgctl(["images", "metadata", "set", image, "novalue"])).code).toBe(2);
    expect((await imgctl(["images", "metadata", "set", image])).code).toBe(2);
    const ro = await imgctl(["images", "metadata", "unset", image, "image_source"]);
    expect(ro.code).toBe(3);
    expect(ro.stderr).toMatch(/^Error: 403 /);
  });
});

describe("metadata:write hook", () => {
  let plugin: ReturnType<typeof writeVetoPlugin>;
  const run = (args: string[]) => imgctl(args, { pluginAdditions: { core: [plugin.name], path: plugin.path } });
  const plans = () =>
    readFileSync(plugin.plansFile, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);

  beforeAll(() => {
    plugin = writeVetoPlugin(box.dir);
  });
  beforeEach(() => {
    if (existsSync(plugin.plansFile)) rmSync(plugin.plansFile);
  });

  it("is fired before set, replace, unset, create --metadata and update --metadata with the plan", async () => {
    expect((await run(["images", "metadata", "set", image, "k=v"])).code).toBe(0);
    expect((await run(["images", "metadata", "replace", image, "k=w"])).code).toBe(0);
    expect((await run(["images", "metadata", "unset", image, "k"])).code).toBe(0);
    expect((await run(["images", "update", image, "--metadata", "u=1"])).code).toBe(0);
    expect(
      (await run(["images", "create", "--name", "hooked", "--volume-id", demo.bootVolume, "--metadata", "owner=x"]))
        .code,
    ).toBe(0);
    expect((await run(["images", "update", image, "--name", "no-metadata-no-hook"])).code).toBe(0);
    const seen = plans();
    expect(seen.map((p) => p.operationId)).toEqual([
      "imageMetadataMerge",
      "imageMetadataReplace",
      "imageMetadataItemDelete",
      "imagesUpdate",
      "imagesCreate",
    ]);
    expect(seen[0]).toEqual({
      operationId: "imageMetadataMerge",
      imageId: image,
      metadata: { k: "v" },
      projectId: 10,
      regionId: 1,
      hasBefore: true,
    });
    expect(seen[2]).toMatchObject({ operationId: "imageMetadataItemDelete", key: "k" });
    expect(seen[4]).toMatchObject({ operationId: "imagesCreate", metadata: { owner: "x" } });
    expect(seen[4]!.imageId).toBeUndefined();
  });

  it("in API 2026-08 fires for the tag writes with the PATCH operation and the merge patch; --deprecated-endpoint keeps the /metadata ones", async () => {
    const v = ["--api-version", "2026-08"];
    expect((await run(["images", "metadata", "set", image, "k=v", ...v])).code).toBe(0);
    expect((await run(["images", "metadata", "replace", image, "k=w", ...v])).code).toBe(0);
    expect((await run(["images", "metadata", "unset", image, "k", ...v])).code).toBe(0);
    expect(
      (
        await run([
          "images",
          "create",
          "--name",
          "hooked-26",
          "--volume-id",
          demo.bootVolume,
          "--metadata",
          "owner=x",
          ...v,
        ])
      ).code,
    ).toBe(0);
    expect((await run(["images", "metadata", "set", image, "d=1", "--deprecated-endpoint", ...v])).code).toBe(0);
    const seen = plans();
    expect(seen.map((p) => `${p.operationId}:${p.apiVersion}`)).toEqual([
      "imagesUpdate:2026-08",
      "imagesUpdate:2026-08",
      "imagesUpdate:2026-08",
      "imagesCreate:2026-08",
      "imageMetadataMerge:2026-08",
    ]);
    expect(seen[0]).toMatchObject({ metadata: { k: "v" }, hasBefore: true });
    // replace is one merge patch: the new pairs and a null for each other user key
    expect(seen[1]!.metadata).toMatchObject({ k: "w" });
    expect(Object.values(seen[1]!.metadata as object).filter((x) => x === null).length).toBeGreaterThan(0);
    expect(seen[2]).toMatchObject({ metadata: { k: null } });
    const items = await imgctlJson<{ results: Array<{ key: string; value: string }> }>([
      "images",
      "metadata",
      "list",
      image,
      ...v,
    ]);
    expect(items.results).toContainEqual({ key: "d", value: "1", read_only: false });
    expect(items.results.map((i) => i.key)).not.toContain("k");
  });

  it("passes the policy path: --policy over IMGCTL_POLICY over the profile's", async () => {
    // The files do not exist: the bundled policy plugin refuses these writes; only the plans matter here.
    await imgctl(["config", "set", "policy", "/tmp/profile-policy.yaml"]);
    await run(["images", "metadata", "set", image, "p=1"]);
    await withEnv({ IMGCTL_POLICY: "/tmp/env-policy.yaml" }, async () => {
      await run(["images", "metadata", "unset", image, "p"]);
      await run(["images", "metadata", "replace", image, "p=2", "--policy", "/tmp/flag-policy.yaml"]);
    });
    expect(plans().map((p) => p.policyPath)).toEqual([
      "/tmp/profile-policy.yaml",
      "/tmp/env-policy.yaml",
      "/tmp/flag-policy.yaml",
    ]);
    await imgctl(["config", "remove", "local"]);
  });

  it("a failing handler refuses the write: its message, its exit code, no request", async () => {
    const out = await run(["images", "metadata", "set", image, "forbidden=1", "--debug"]);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain("policy: key 'forbidden' is not allowed");
    expect(out.stderr).not.toMatch(/POST .*metadata/);
    expect(asMap(await imgctlJson<MetadataItemList>(["images", "metadata", "list", image])).forbidden).toBeUndefined();
    const create = await run([
      "images",
      "create",
      "--name",
      "vetoed",
      "--volume-id",
      demo.bootVolume,
      "--metadata",
      "forbidden=1",
      "--json",
    ]);
    expect(create.code).toBe(3);
    expect(JSON.parse(create.stdout).error.message).toContain("forbidden");
  });
});
