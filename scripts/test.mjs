#!/usr/bin/env node
// The README's test command (`npm test`): install if needed, the style checks (Biome, unused
// exports), the drift checks (before any build can regenerate a file), then every package's tests
// one package at a time.
// turbo runs package scripts with pnpm, so it is started through the pinned pnpm (which puts
// pnpm on its PATH even on a machine that has only npm).
import { ensureInstalled, pnpmCommand, run } from "./bootstrap.mjs";

ensureInstalled();
const pnpm = pnpmCommand();
run([...pnpm, "exec", "biome", "check", "--max-diagnostics=50", "."]);
run([...pnpm, "exec", "knip", "--no-progress"]);
run([...pnpm, "exec", "turbo", "run", "check", "--output-logs=errors-only"]);
run([...pnpm, "exec", "turbo", "run", "test", "--concurrency=1", ...process.argv.slice(2)]);
