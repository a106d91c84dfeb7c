import type { ImageList, ResellerImageList, SharedImageList } from "@imgctl/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demo, imgctl, imgctlJson, sandbox, withEnv } from "./helpers/run.js";

let box: ReturnType<typeof sandbox>;
beforeAll(() => {
  box = sandbox();
});
afterAll(() => box.restore());

const asAdmin = <T>(fn: () => Promise<T>) => withEnv({ GCORE_API_KEY: demo.adminKey }, fn);

describe("shared-images", () => {
  it("set limits a client's public images, get shows the record, delete restores the default", async () => {
    await asAdmin(async () => {
      const set = await imgctlJson<SharedImageList>([
        "shared-images",
        "set",
        "--entity-type",
        "client",
        "--entity-id",
        "1001",
        "--image-id",
        demo.ubuntu2204,
      ]);
      expect(set.results).toEqual([
        expect.objectContaining({ entity_type: "client", entity_id: 1001, region_id: 1, image_ids: [demo.ubuntu2204] }),
      ]);
      const table = await imgctl(["shared-images", "get", "--entity-type", "client", "--entity-id", "1001"]);
      expect(table.stdout).toMatch(/client\s+1001\s+1\s+11111111-2204/);
    });
    const limited = await imgctlJson<ImageList>(["images", "list", "--visibility", "public"]); // as Alpha (client 1001)
    expect(limited.results.map((i) => i.id)).toEqual([demo.ubuntu2204]);
    await asAdmin(async () => {
      const del = await imgctlJson<{ deleted: boolean }>([
        "shared-images",
        "delete",
        "--entity-type",
        "client",
        "--entity-id",
        "1001",
      ]);
      expect(del.deleted).toBe(true);
      const after = await imgctlJson<SharedImageList>([
        "shared-images",
        "get",
        "--entity-type",
        "client",
        "--entity-id",
        "1001",
      ]);
      expect(after.results).toEqual([]);
    });
    const all = await imgctlJson<ImageList>(["images", "list", "--visibility", "public"]);
    expect(all.results.length).toBeGreaterThan(1);
  });

  it("--all-public and --none map to null and []; a client may not set records (403)", async () => {
    await asAdmin(async () => {
      const none = await imgctlJson<SharedImageList>([
        "shared-images",
        "set",
        "--entity-type",
        "project",
        "--entity-id",
        "11",
        "--none",
      ]);
      expect(none.results[0]?.image_ids).toEqual([]);
      const all = await imgctlJson<SharedImageList>([
        "shared-images",
        "set",
        "--entity-type",
        "project",
        "--entity-id",
        "11",
        "--all-public",
      ]);
      expect(all.results[0]?.image_ids).toBeNull();
    });
    const denied = await imgctl([
      "shared-images",
      "set",
      "--entity-type",
      "client",
      "--entity-id",
      "1001",
      "--all-public",
    ]);
    expect(denied.code).toBe(3);
    expect(denied.stderr).toMatch(/^Error: 403 /);
  });

  it("needs exactly one way to name the images (exit 2)", async () => {
    expect((await imgctl(["shared-images", "set", "--entity-type", "client", "--entity-id", "1001"])).code).toBe(2);
    expect(
      (
        await imgctl([
          "shared-images",
          "set",
          "--entity-type",
          "client",
          "--entity-id",
          "1001",
          "--none",
          "--all-public",
        ])
      ).code,
    ).toBe(2);
    expect((await imgctl(["shared-images", "set", "--entity-type", "galaxy", "--entity-id", "1", "--none"])).code).toBe(
      2,
    );
  });
});

describe("reseller-images (deprecated)", () => {
  it("set, get and delete work and warn about the deprecation on stderr (not in --json)", async () => {
    await asAdmin(async () => {
      const set = await imgctl(["reseller-images", "set", "--reseller-id", "100", "--image-id", demo.ubuntu2204]);
      expect(set.code, set.stderr).toBe(0);
      expect(set.stderr).toMatch(/deprecated/i);
      expect(set.stderr).toContain("shared-images set");
      const got = await imgctlJson<ResellerImageList>(["reseller-images", "get", "100"]);
      expect(got.results).toEqual([
        expect.objectContaining({ reseller_id: 100, region_id: 1, image_ids: [demo.ubuntu2204] }),
      ]);
      const json = await imgctl(["reseller-images", "get", "100", "--json"]);
      expect(json.stderr).toBe("");
      const del = await imgctl(["reseller-images", "delete", "100", "--region", "1"]);
      expect(del.code).toBe(0);
      expect((await imgctlJson<ResellerImageList>(["reseller-images", "get", "100"])).results).toEqual([]);
    });
  });

  it("a client key is refused (403, exit 3); a bad id is a usage error", async () => {
    expect((await imgctl(["reseller-images", "get", "100"])).code).toBe(3);
    expect((await imgctl(["reseller-images", "get", "abc"])).code).toBe(2);
  });
});
