#!/usr/bin/env node
// A bare bundled oclif CLI with one command, `get`: the floor of `imgctl images list` over HTTP.
process.env.OCLIF_DISABLE_ENGINE_WARNING ??= "1";
const { execute } = await import("./dist/entry.js");

await execute({ dir: import.meta.url });
