#!/usr/bin/env node
// Replaces tsc's dist/index.js and dist/bin.js with esbuild bundles of the same sources
// (dependencies stay external but for the two below; the .d.ts files are tsc's): a handful of
// modules to load instead of ~35, so the CLI's in-process emulator and the HTTP bin start sooner.
// Code shared by the two entries becomes chunks under dist/chunks/. The generated validators'
// index modules stay files of their own (dist/generated/, copied by the build): they require each
// operation's validator module on its first request, relative to themselves, and import the
// response validators only with `validateResponses`.
import { rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
rmSync(resolve(root, "dist/chunks"), { recursive: true, force: true });
await build({
  entryPoints: [resolve(root, "src/index.ts"), resolve(root, "src/bin.ts")],
  outdir: resolve(root, "dist"),
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Dependencies stay external except two small ones that every start loads: Hono's URL helpers
  // (the router's path and query decoding) and the spec's operation list from @imgctl/types
  // (data); bundled, they cost no module resolution at start (the CLI's local profile starts the
  // emulator in process on every command). better-sqlite3 is native, the rest is loaded only on
  // some paths.
  external: ["better-sqlite3", "@hono/node-server", "yaml", "ajv", "ajv/*", "ajv-formats"],
  plugins: [
    {
      name: "generated-validators-stay-files",
      setup(build) {
        // Imported from src/*/ as "../generated/…/index.js"; the chunks that import them are in
        // dist/chunks/, one level under dist/ as src/*/ is under src/, so the path stays right.
        build.onResolve({ filter: /\/generated\/(2026-08\/)?index\.js$/ }, (args) => {
          if (!/^\.\.\/generated\//.test(args.path)) throw new Error(`unexpected import of ${args.path}`);
          return { path: args.path, external: true };
        });
      },
    },
  ],
  sourcemap: true,
  logLevel: "warning",
});
