import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  ConfigStore,
  LOCAL_API_URL,
  configFile,
  localDbPath,
  parseProfileValue,
  resolveSettings,
} from "../src/index.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cli-core-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("paths", () => {
  it("follow XDG and ignore relative values", () => {
    expect(configFile({ XDG_CONFIG_HOME: "/x/cfg" })).toBe("/x/cfg/imgctl/config.json");
    expect(localDbPath({ XDG_DATA_HOME: "/x/data" })).toBe("/x/data/imgctl/local.db");
    expect(configFile({ XDG_CONFIG_HOME: "relative" })).toMatch(/\.config\/imgctl\/config\.json$/);
  });
});

describe("ConfigStore", () => {
  it("writes the file with mode 0600 in a 0700 directory", () => {
    const store = new ConfigStore(join(dir, "imgctl", "config.json"));
    store.update((d) => {
      d.profiles.prod = { apiKey: "secret-key", apiUrl: "https://api.example.com/cloud" };
    });
    expect(statSync(store.file).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, "imgctl")).mode & 0o777).toBe(0o700);
    expect(store.read().profiles.prod?.apiKey).toBe("secret-key");
  });

  it("reads a missing file as empty and rejects broken JSON with the path", () => {
    const store = new ConfigStore(join(dir, "none.json"));
    expect(store.read()).toEqual({ profiles: {} });
    expect(store.currentName()).toBe("local");
    writeFileSync(join(dir, "bad.json"), "{oops");
    expect(() => new ConfigStore(join(dir, "bad.json")).read()).toThrow(/bad\.json is not valid JSON/);
  });
});

describe("resolveSettings", () => {
  const store = (): ConfigStore => {
    const s = new ConfigStore(join(dir, "config.json"));
    s.write({
      current: "prod",
      profiles: { prod: { apiUrl: "https://p.example/cloud", apiKey: "pk", project: 5, region: 2 } },
    });
    return s;
  };

  it("uses the local emulator defaults with no configuration", () => {
    const s = resolveSettings({}, new ConfigStore(join(dir, "none.json")), {});
    expect(s).toMatchObject({
      profile: "local",
      apiUrl: LOCAL_API_URL,
      apiKey: "imgctl-demo$alpha",
      project: 10,
      region: 1,
      local: true,
    });
  });

  it("prefers flags (and env, folded into flags) over the profile", () => {
    const s = resolveSettings({ project: 9, "api-key": "flag-key" }, store(), {});
    expect(s).toMatchObject({
      profile: "prod",
      apiUrl: "https://p.example/cloud",
      apiKey: "flag-key",
      project: 9,
      region: 2,
      local: false,
    });
  });

  it("--profile picks another profile and unknown names are usage errors", () => {
    expect(resolveSettings({ profile: "local" }, store(), {}).local).toBe(true);
    expect(() => resolveSettings({ profile: "nope" }, store(), {})).toThrow(/profile "nope" does not exist/);
  });

  it("IMGCTL_POLICY overrides the profile's policy", () => {
    const s = store();
    s.update((d) => {
      d.profiles.prod!.policy = "/p.yaml";
    });
    expect(resolveSettings({}, s, {}).policy).toBe("/p.yaml");
    expect(resolveSettings({}, s, { IMGCTL_POLICY: "/env.yaml" }).policy).toBe("/env.yaml");
  });

  it("the API generation: the local emulator speaks 2025-04, Gcore's API with only a key 2026-08; the profile, then the flag (or GCORE_API_VERSION) override", () => {
    expect(resolveSettings({}, new ConfigStore(join(dir, "none.json")), {}).apiVersion).toBe("2025-04");
    expect(resolveSettings({}, store(), {}).apiVersion).toBe("2025-04");
    const live = new ConfigStore(join(dir, "live.json"));
    live.write({ current: "gcore", profiles: { gcore: { apiKey: "k" } } });
    expect(resolveSettings({}, live, {}).apiVersion).toBe("2026-08");
    expect(
      resolveSettings({ "api-url": "https://api.gcore.com/cloud", profile: "local" }, store(), {}).apiVersion,
    ).toBe("2026-08");
    live.update((d) => {
      d.profiles.gcore!.apiVersion = "2025-04";
    });
    expect(resolveSettings({}, live, {}).apiVersion).toBe("2025-04");
    expect(resolveSettings({ "api-version": "2026-08" }, live, {}).apiVersion).toBe("2026-08");
    expect(resolveSettings({ "api-version": "2026-08", profile: "local" }, store(), {})).toMatchObject({
      apiVersion: "2026-08",
      local: true,
    });
  });

  it("api-version accepts the two generations and names them when refusing another", () => {
    expect(parseProfileValue("api-version", "2026-08")).toBe("2026-08");
    expect(() => parseProfileValue("api-version", "2026-09")).toThrow(
      'api-version must be one of 2025-04, 2026-08, got "2026-09"',
    );
  });
});
