#!/usr/bin/env node
// The README's first command: install, build the CLI and what it needs, then run
// `imgctl images list` on the embedded emulator (no account, no server).
import { ensureInstalled, pnpmCommand, run } from "./bootstrap.mjs";

ensureInstalled();
run([...pnpmCommand(), "exec", "turbo", "run", "build", "--filter=imgctl...", "--output-logs=errors-only"]);
run([process.execPath, "apps/cli/bin/run.js", "images", "list", ...process.argv.slice(2)]);
