// `npm run install-cli` (scripts/install-cli.mjs): the dry run packs imgctl and every @imgctl/*
// package it needs at run time, and the install package pins each of them, anywhere in the tree,
// to its tarball — so npm never asks the registry for an unpublished @imgctl/* package.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root, sandbox } from "./helpers/run.js";

let box: ReturnType<typeof sandbox>;
beforeAll(() => {
  box = sandbox();
});
afterAll(() => box.restore());

const packedManifest = (tarball: string): { name: string; dependencies?: Record<string, string> } =>
  JSON.parse(spawnSync("tar", ["-xOzf", tarball, "package/package.json"], { encoding: "utf8" }).stdout);

describe("install-cli --dry-run", () => {
  it("packs the whole @imgctl/* closure of imgctl and pins each name to its tarball", () => {
    const prefix = join(box.dir, "install");
    const out = spawnSync(
      process.execPath,
      [join(root, "scripts", "install-cli.mjs"), "--prefix", prefix, "--dry-run"],
      { encoding: "utf8", timeout: 180_000 },
    );
    expect(out.status, out.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(prefix, "package.json"), "utf8")) as {
      bin: Record<string, string>;
      dependencies: Record<string, string>;
      overrides: Record<string, string>;
    };
    expect(manifest.bin).toEqual({ imgctl: "node_modules/imgctl/bin/run.js" });
    const tarballs = readdirSync(join(prefix, "tarballs"));
    expect(
      Object.values(manifest.dependencies)
        .map((spec) => spec.replace("file:tarballs/", ""))
        .sort(),
    ).toEqual([...tarballs].sort());
    for (const name of Object.keys(manifest.dependencies)) expect(manifest.overrides[name]).toBe(`$${name}`);
    // Every @imgctl/* (or imgctl) dependency of every packed package is one of the tarballs, with a real version.
    for (const tarball of tarballs) {
      const pkg = packedManifest(join(prefix, "tarballs", tarball));
      for (const [dep, range] of Object.entries(pkg.dependencies ?? {})) {
        expect(range, `${pkg.name} → ${dep}`).not.toMatch(/^(workspace|catalog):/);
        if (dep.startsWith("@imgctl/")) expect(manifest.dependencies[dep], `${pkg.name} → ${dep}`).toBeDefined();
      }
    }
    expect(Object.keys(manifest.dependencies)).toEqual(
      expect.arrayContaining(["imgctl", "@imgctl/client", "@imgctl/emulator", "@imgctl/plugin-metadata-policy"]),
    );
  }, 200_000);
});
