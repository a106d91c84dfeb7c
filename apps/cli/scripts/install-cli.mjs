#!/usr/bin/env node
// Installs the imgctl CLI globally from this clone, without the packages being on the npm registry:
// packs imgctl and every @imgctl/* package it needs (at run time, transitively) with `pnpm pack`,
// writes a small install package whose dependencies and npm `overrides` point every @imgctl/*
// name at its tarball, installs that with npm (third-party dependencies come from the registry),
// and links its `imgctl` bin globally with `npm install -g`.
//   node apps/cli/scripts/install-cli.mjs [--prefix DIR] [--dry-run]
// --prefix: where the installation lives (default $XDG_DATA_HOME/imgctl-cli, else
// ~/.local/share/imgctl-cli). --dry-run: pack and write the install package, install nothing.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const repo = fileURLToPath(new URL("../../..", import.meta.url));

/** name → directory of every workspace package. */
function workspacePackages() {
  const dirs = [
    join(repo, "apps", "cli"),
    ...readdirSync(join(repo, "packages")).map((d) => join(repo, "packages", d)),
  ];
  return new Map(
    dirs
      .filter((d) => existsSync(join(d, "package.json")))
      .map((d) => [JSON.parse(readFileSync(join(d, "package.json"), "utf8")).name, d]),
  );
}

/** imgctl and the workspace packages it depends on at run time, transitively. */
export function runtimeClosure(packages = workspacePackages(), root = "imgctl") {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name) || !packages.has(name)) return;
    seen.add(name);
    const pkg = JSON.parse(readFileSync(join(packages.get(name), "package.json"), "utf8"));
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies })) visit(dep);
  };
  visit(root);
  return [...seen].sort();
}

/** Packs each package (pnpm turns `workspace:^` into the version) into `dir`; name → tarball file. */
function pack(names, packages, dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tarballs = {};
  for (const name of names) {
    const before = new Set(readdirSync(dir));
    execFileSync("pnpm", ["pack", "--pack-destination", dir], {
      cwd: packages.get(name),
      stdio: ["ignore", "ignore", "inherit"],
    });
    const made = readdirSync(dir).find((f) => !before.has(f));
    if (!made) throw new Error(`pnpm pack made no tarball for ${name}`);
    tarballs[name] = made;
  }
  return tarballs;
}

/** The install package: every @imgctl/* name pinned to its tarball, also deep in the tree. */
export function installManifest(tarballs) {
  const dependencies = Object.fromEntries(
    Object.entries(tarballs).map(([name, file]) => [name, `file:tarballs/${file}`]),
  );
  // `$name` makes every occurrence of the package in the tree use the direct dependency's spec.
  const overrides = Object.fromEntries(Object.keys(tarballs).map((name) => [name, `$${name}`]));
  return {
    name: "imgctl-cli-install",
    version: "0.0.0",
    private: true,
    description: "imgctl installed from a clone (apps/cli/scripts/install-cli.mjs)",
    bin: { imgctl: "node_modules/imgctl/bin/run.js" },
    dependencies,
    overrides,
  };
}

function defaultPrefix() {
  const xdg = process.env.XDG_DATA_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), ".local", "share"), "imgctl-cli");
}

async function main() {
  const { values } = parseArgs({
    options: { prefix: { type: "string" }, "dry-run": { type: "boolean", default: false } },
  });
  const prefix = resolve(values.prefix ?? defaultPrefix());
  const packages = workspacePackages();
  if (!existsSync(join(packages.get("imgctl"), "oclif.manifest.json"))) {
    console.error("build first: pnpm --filter imgctl... build (or npm run quickstart)");
    process.exit(2);
  }
  const names = runtimeClosure(packages);
  console.error(`packing ${names.join(", ")}`);
  const tarballs = pack(names, packages, join(prefix, "tarballs"));
  writeFileSync(join(prefix, "package.json"), `${JSON.stringify(installManifest(tarballs), null, 2)}\n`);
  if (values["dry-run"]) {
    console.error(`wrote ${join(prefix, "package.json")} (dry run: nothing installed)`);
    return;
  }
  execFileSync("npm", ["install", "--omit=dev", "--no-audit", "--no-fund"], { cwd: prefix, stdio: "inherit" });
  execFileSync("npm", ["install", "-g", "--no-audit", "--no-fund", prefix], { stdio: "inherit" });
  console.error(
    `installed: ${execFileSync("npm", ["prefix", "-g"], { encoding: "utf8" }).trim()}/bin/imgctl → ${prefix}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
