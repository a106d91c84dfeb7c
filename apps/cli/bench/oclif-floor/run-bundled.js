#!/usr/bin/env node
// The same bare CLI with @oclif/core bundled like imgctl's dist/: the floor imgctl is really built on.
process.env.OCLIF_DISABLE_ENGINE_WARNING ??= "1";
const { execute } = await import("./dist/entry.js");

await execute({ dir: import.meta.url });
