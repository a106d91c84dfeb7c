#!/usr/bin/env node
// Installs the workspace with the pinned pnpm when it is not installed yet, so that the
// README's commands work on a machine that has only Node and npm.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const pnpmVersion = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).packageManager.split(
  "@",
)[1];

/** The command that runs the pinned pnpm: the global one if it is that version, else npx. */
export function pnpmCommand() {
  const probe = spawnSync("pnpm", ["--version"], { encoding: "utf8" });
  if (probe.status === 0 && probe.stdout.trim() === pnpmVersion) return ["pnpm"];
  return ["npx", "--yes", `pnpm@${pnpmVersion}`];
}

export function run(command, options = {}) {
  const [bin, ...args] = command;
  const result = spawnSync(bin, args, { cwd: root, stdio: "inherit", ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

export function ensureInstalled() {
  if (existsSync(new URL("../node_modules/.modules.yaml", import.meta.url))) return;
  console.error(`imgctl: installing the workspace with pnpm ${pnpmVersion} (first run only)`);
  run([...pnpmCommand(), "install", "--frozen-lockfile"]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureInstalled();
