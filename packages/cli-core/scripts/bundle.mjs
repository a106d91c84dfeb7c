#!/usr/bin/env node
// Replaces tsc's dist/index.js with an esbuild bundle of the same sources (dependencies stay
// external; the .d.ts files and the other .js files are tsc's): every imgctl command imports
// cli-core, and loading its 15 ES modules one by one cost ≈ 10 ms of each start, bundled ≈ 3 ms.
// The client and the emulator stay dynamic imports, loaded only by commands that call the API.
// string-width is `require`d on first use (src/table.ts): the banner gives this ES module the
// `require` that esbuild's call to an external package expects (Node ≥ 20.19 requires ES modules).
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
await build({
  entryPoints: [resolve(root, "src/index.ts")],
  outfile: resolve(root, "dist/index.js"),
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  sourcemap: true,
  banner: {
    js: [
      'import { createRequire as __cliCoreCreateRequire } from "node:module";',
      "const require = __cliCoreCreateRequire(import.meta.url);",
    ].join("\n"),
  },
  logLevel: "warning",
});
