import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Image, ImageList } from "@imgctl/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demo, imgctl, imgctlJson, sandbox } from "./helpers/run.js";

let box: ReturnType<typeof sandbox>;
beforeAll(() => {
  box = sandbox();
});
afterAll(() => box.restore());

describe("emulator info and reset", () => {
  it("info shows the database path in the XDG data dir and the demo keys", async () => {
    const info = await imgctlJson<{ db: string; exists: boolean; keys: Array<{ key: string; role: string }>; defaults: { project: number } }>(["emulator", "info"]);
    expect(info.db).toBe(join(box.env.XDG_DATA_HOME, "imgctl", "local.db"));
    expect(info.defaults.project).toBe(10);
    expect(info.keys.map((k) => k.key)).toEqual(expect.arrayContaining([demo.adminKey, demo.alphaKey, demo.betaKey]));
    const table = await imgctl(["emulator", "info"]);
    expect(table.stdout).toMatch(/^imgctl-demo\$admin\s+admin/m);
  });

  it("the local database is created on first use and reset restores the demo fixture", async () => {
    const created = await imgctlJson<Image>(["images", "create", "--name", "to-be-reset", "--volume-id", demo.bootVolume, "--wait"]);
    expect(existsSync(join(box.env.XDG_DATA_HOME, "imgctl", "local.db"))).toBe(true);
    const refused = await imgctl(["emulator", "reset"]);
    expect(refused.code).toBe(2);
    expect((await imgctl(["emulator", "reset", "--yes"])).code).toBe(0);
    const list = await imgctlJson<ImageList>(["images", "list", "--owned"]);
    expect(list.results.map((i) => i.id)).not.toContain(created.id);
    expect(list.results.map((i) => i.id)).toContain(demo.goldenImage);
  });
});
