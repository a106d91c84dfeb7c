#!/usr/bin/env node
// Start-up matters (bench/run.mjs): skip oclif's Node version check, which loads all of
// `semver` on every start; package.json `engines` already states >=20.19.
process.env.OCLIF_DISABLE_ENGINE_WARNING ??= "1";
const { run } = await import("../dist/index.js");

await run(import.meta.url);
