#!/usr/bin/env node
// Replaces tsc's dist/bin.js with an esbuild bundle of src/bin.ts (dependencies stay external):
// one module to load instead of ~35 makes the HTTP emulator answer sooner after spawn. The
// library entry (dist/index.js) stays unbundled. The response validators, imported only with
// `validateResponses`, become a separate chunk under dist/chunks/.
import { rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
rmSync(resolve(root, "dist/chunks"), { recursive: true, force: true });
await build({
  entryPoints: [resolve(root, "src/bin.ts")],
  outdir: resolve(root, "dist"),
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
