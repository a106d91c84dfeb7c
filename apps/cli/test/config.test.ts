import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { ImageList } from "@imgctl/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { demo, imgctl, imgctlJson, sandbox, withEnv } from "./helpers/run.js";

let box: ReturnType<typeof sandbox>;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.restore());

const SECRET = "imgctl-demo$beta"; // a valid emulator key, treated here as a secret
const configPath = () => join(box.env.XDG_CONFIG_HOME, "imgctl", "config.json");

describe("config", () => {
  it("list shows the built-in local profile as current with no config file", async () => {
    const out = await imgctl(["config", "list"]);
    expect(out.stdout).toMatch(/^\*\s+local\s+http:\/\/imgctl\.local\/cloud\s+10\s+1\s+\*\*\*/m);
    const json = await imgctlJson<{ current: string; profiles: Array<{ name: string }> }>(["config", "list"]);
    expect(json.current).toBe("local");
    expect(json.profiles.map((p) => p.name)).toEqual(["local"]);
  });

  it("set creates a profile in a 0600 file; use, get and remove manage it", async () => {
    expect((await imgctl(["config", "set", "api-url", "http://127.0.0.1:9/cloud", "--profile", "prod"])).code).toBe(0);
    expect((await imgctl(["config", "set", "api-key", SECRET, "--profile", "prod"])).stdout).not.toContain(SECRET);
    expect((await imgctl(["config", "set", "project", "20", "--profile", "prod"])).code).toBe(0);
    expect(statSync(configPath()).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(configPath(), "utf8")).profiles.prod).toEqual({
      apiUrl: "http://127.0.0.1:9/cloud",
      apiKey: SECRET,
      project: 20,
    });

    expect((await imgctl(["config", "use", "prod"])).code).toBe(0);
    const got = await imgctlJson<{ profile: string; values: Record<string, unknown> }>(["config", "get"]);
    expect(got).toMatchObject({
      profile: "prod",
      values: { "api-url": "http://127.0.0.1:9/cloud", "api-key": "***", project: 20 },
    });
    expect((await imgctl(["config", "get", "project"])).stdout.trim()).toBe("20");

    const all = [
      await imgctl(["config", "list"]),
      await imgctl(["config", "list", "--json"]),
      await imgctl(["config", "get"]),
      await imgctl(["config", "get", "api-key"]),
    ];
    for (const out of all) expect(out.stdout + out.stderr).not.toContain(SECRET);

    const removed = await imgctlJson<{ current: string }>(["config", "remove", "prod"]);
    expect(removed.current).toBe("local");
    expect(JSON.parse(readFileSync(configPath(), "utf8")).profiles.prod).toBeUndefined();
  });

  it("rejects bad keys, values and profile names with exit 2", async () => {
    expect((await imgctl(["config", "set", "colour", "red"])).code).toBe(2);
    expect((await imgctl(["config", "set", "project", "ten"])).code).toBe(2);
    expect((await imgctl(["config", "set", "api-url", "not a url"])).code).toBe(2);
    expect((await imgctl(["config", "set", "project", "1", "--profile", "../evil"])).code).toBe(2);
    expect((await imgctl(["config", "use", "ghost"])).code).toBe(2);
    expect((await imgctl(["config", "remove", "ghost"])).code).toBe(2);
    const unknown = await imgctl(["images", "list", "--profile", "ghost"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('profile "ghost" does not exist');
  });
});

describe("precedence: flags > env > profile > defaults", () => {
  it("profile values override the local defaults", async () => {
    await imgctl(["config", "set", "project", "11"]);
    const list = await imgctlJson<ImageList>(["images", "list", "--owned"]);
    expect(list.results.map((i) => i.id)).not.toContain(demo.goldenImage); // project 10's image
    expect(list.results.every((i) => i.project_id === 11)).toBe(true);
  });

  it("api-version: a profile setting, GCORE_API_VERSION over it, --api-version over both; local speaks 2025-04, Gcore's API 2026-08", async () => {
    const version = async (args: string[]) =>
      (await imgctlJson<{ values: { "api-version": string } }>(["config", "get", ...args])).values["api-version"];
    expect(await version([])).toBe("2025-04");
    expect((await imgctl(["config", "set", "api-key", SECRET, "--profile", "gcore"])).code).toBe(0);
    expect(await version(["--profile", "gcore"])).toBe("2026-08"); // only a key: the live API's default URL
    expect((await imgctl(["config", "set", "api-version", "2026-08"])).stdout).toContain(
      "local: api-version = 2026-08",
    );
    expect(JSON.parse(readFileSync(configPath(), "utf8")).profiles.local).toEqual({ apiVersion: "2026-08" });
    expect(await version([])).toBe("2026-08");
    await withEnv({ GCORE_API_VERSION: "2025-04" }, async () => {
      expect(await version([])).toBe("2025-04");
      expect(await version(["--api-version", "2026-08"])).toBe("2026-08");
    });
    const list = await imgctlJson<{ profiles: Array<{ name: string; apiVersion: string }> }>(["config", "list"]);
    expect(list.profiles.map((p) => `${p.name}:${p.apiVersion}`)).toEqual(["gcore:2026-08", "local:2026-08"]);
    const bad = await imgctl(["config", "set", "api-version", "2026-09"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('api-version must be one of 2025-04, 2026-08, got "2026-09"');
    expect((await imgctl(["images", "list", "--api-version", "2024-01"])).code).toBe(2);
  });

  it("env overrides the profile and a flag overrides env", async () => {
    await imgctl(["config", "set", "project", "11"]);
    await withEnv({ GCORE_CLOUD_PROJECT_ID: "10" }, async () => {
      const fromEnv = await imgctlJson<{ values: { project: number } }>(["config", "get"]);
      expect(fromEnv.values.project).toBe(10);
      const fromFlag = await imgctlJson<{ values: { project: number } }>(["config", "get", "--project", "11"]);
      expect(fromFlag.values.project).toBe(11);
    });
  });

  it("GCORE_API_KEY switches the principal on the local emulator; a bad env value is a usage error", async () => {
    await withEnv({ GCORE_API_KEY: demo.betaKey, GCORE_CLOUD_PROJECT_ID: "20" }, async () => {
      const list = await imgctlJson<ImageList>(["images", "list"]);
      expect(list.results.map((i) => i.id)).not.toContain(demo.goldenImage);
      expect((await imgctl(["images", "get", demo.goldenImage])).code).toBe(3); // not visible to Beta
    });
    await withEnv({ GCORE_CLOUD_REGION_ID: "eu" }, async () => {
      expect((await imgctl(["images", "list"])).code).toBe(2);
    });
  });

  it("IMGCTL_PROFILE selects a profile; a remote profile without a key is a usage error", async () => {
    await imgctl(["config", "set", "api-url", "http://127.0.0.1:9/cloud", "--profile", "remote"]);
    await withEnv({ IMGCTL_PROFILE: "remote" }, async () => {
      const out = await imgctl(["images", "list"]);
      expect(out.code).toBe(2);
      expect(out.stderr).toContain("no API key");
    });
  });

  it("a wrong key on the local emulator is a 401 with a hint", async () => {
    const out = await imgctl(["images", "list", "--api-key", "wrong-key"]);
    expect(out.code).toBe(3);
    expect(out.stderr).toMatch(/^Error: 401 .*imgctl emulator info/);
  });
});

describe("the key is never printed", () => {
  it("--debug logs each request and response with the key as ***", async () => {
    const out = await imgctl(["images", "get", demo.goldenImage, "--debug", "--api-key", demo.alphaKey]);
    expect(out.code).toBe(0);
    expect(out.stderr).toMatch(/GET .*\/v1\/images\/10\/1\//);
    expect(out.stderr).toMatch(/200/);
    expect(out.stderr).toContain("***");
    expect(out.stdout + out.stderr).not.toContain(demo.alphaKey);
  });

  it("not in errors either", async () => {
    const out = await imgctl(["images", "get", demo.missingImage, "--debug", "--api-key", SECRET, "--project", "20"]);
    expect(out.code).toBe(3);
    expect(out.stdout + out.stderr).not.toContain(SECRET);
  });
});
