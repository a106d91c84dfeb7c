#!/usr/bin/env node
// Start-up matters (bench/run.mjs): skip oclif's Node version check, which loads all of
// `semver` (47 modules) on every start; package.json `engines` already states >=20.19.
process.env.OCLIF_DISABLE_ENGINE_WARNING ??= "1";
const { execute } = await import("@oclif/core/execute");

await execute({ dir: import.meta.url });
