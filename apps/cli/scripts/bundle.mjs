#!/usr/bin/env node
// Builds dist/ with esbuild: src/index.ts (the entry bin/run.js imports) and every command file,
// code-split so that @oclif/core, @imgctl/cli-core and the shared lib code live in chunks loaded
// once. Bundling oclif saves ≈ 70 ms per start (bench/run.mjs): resolving and compiling ~200
// small CommonJS modules costs more than one pre-linked file. Packages that are imported only
// when a command needs them (the client, the emulator with its SQLite binding, the policy engine)
// stay external, so `--help` never loads them.
import { readdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const commands = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? commands(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );

rmSync(join(root, "dist"), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ["src/index.ts", ...commands(join(root, "src", "commands"))],
  outdir: "dist",
  outbase: "src",
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  legalComments: "linked",
  external: [
    "@imgctl/client",
    "@imgctl/emulator",
    "@imgctl/plugin-metadata-policy",
    "@imgctl/types",
    // oclif loads these only to run TypeScript sources in development.
    "typescript",
    "ts-node",
    "tsx",
  ],
  // oclif is CommonJS: give its modules the `require`, `__filename` and `__dirname` they expect.
  banner: {
    js: [
      'import { createRequire as __imgctlCreateRequire } from "node:module";',
      'import { fileURLToPath as __imgctlFileURLToPath } from "node:url";',
      'import { dirname as __imgctlDirname } from "node:path";',
      "const require = __imgctlCreateRequire(import.meta.url);",
      "const __filename = __imgctlFileURLToPath(import.meta.url);",
      'const __dirname = __imgctlDirname(__filename);',
    ].join("\n"),
  },
  logLevel: "warning",
});
