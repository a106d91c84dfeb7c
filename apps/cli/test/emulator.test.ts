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
    const info = await imgctlJson<{
      db: string;
      exists: boolean;
      keys: Array<{ key: string; role: string }>;
      defaults: { project: number };
    }>(["emulator", "info"]);
    expect(info.db).toBe(join(box.env.XDG_DATA_HOME, "imgctl", "local.db"));
    expect(info.defaults.project).toBe(10);
    expect(info.keys.map((k) => k.key)).toEqual(expect.arrayContaining([demo.adminKey, demo.alphaKey, demo.betaKey]));
    const table = await imgctl(["emulator", "info"]);
    expect(table.stdout).toMatch(/^imgctl-demo\$admin\s+admin.*\s+all$/m);
    expect(table.stdout).toMatch(/^imgctl-demo\$alpha\s+client\s+Alpha Corp\s+1001\s+10 alpha-prod, 11 alpha-dev$/m);
  });

  it("info's projects of each demo key are the ones the emulator lets it list images in", async () => {
    const info = await imgctlJson<{ keys: Array<{ key: string; role: string; projects: Array<{ id: number }> }> }>([
      "emulator",
      "info",
    ]);
    const all = info.keys.find((k) => k.role === "admin")!.projects.map((p) => p.id);
    expect(all).toEqual(expect.arrayContaining([10, 11, 20, 30]));
    for (const k of info.keys.filter((key) => key.role !== "admin")) {
      const mine = k.projects.map((p) => p.id);
      expect(mine.length, k.key).toBeGreaterThan(0);
      for (const project of all.filter((id) => id !== 1)) {
        const out = await imgctl(["images", "list", "--api-key", k.key, "--project", String(project), "--json"]);
        expect(out.code === 0, `${k.key} in project ${project}: ${out.stdout}`).toBe(mine.includes(project));
      }
    }
  });

  it("the local database is created on first use and reset restores the demo fixture", async () => {
    const created = await imgctlJson<Image>([
      "images",
      "create",
      "--name",
      "to-be-reset",
      "--volume-id",
      demo.bootVolume,
      "--wait",
    ]);
    expect(existsSync(join(box.env.XDG_DATA_HOME, "imgctl", "local.db"))).toBe(true);
    const refused = await imgctl(["emulator", "reset"]);
    expect(refused.code).toBe(2);
    expect((await imgctl(["emulator", "reset", "--yes"])).code).toBe(0);
    const list = await imgctlJson<ImageList>(["images", "list", "--owned"]);
    expect(list.results.map((i) => i.id)).not.toContain(created.id);
    expect(list.results.map((i) => i.id)).toContain(demo.goldenImage);
  });
});
