#!/usr/bin/env node
import module from "node:module";

// Start-up matters (bench/run.mjs): skip oclif's Node version check, which loads all of
// `semver` on every start; package.json `engines` already states >=20.19.
process.env.OCLIF_DISABLE_ENGINE_WARNING ??= "1";
// Node ≥ 22.1 keeps the compiled code of the modules it loads on disk (in the OS temp directory,
// checked against each file's contents), so later starts skip most compilation: ≈ 20 ms less CPU
// for `images list` and ≈ 10 ms for `--help` on Node 24. Node 20 has no such cache (a no-op there);
// NODE_DISABLE_COMPILE_CACHE=1 turns it off.
module.enableCompileCache?.();
const { run } = await import("../dist/index.js");

await run(import.meta.url);
