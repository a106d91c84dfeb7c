#!/usr/bin/env node
// Builds dist/ with esbuild: src/index.ts (the entry bin/run.js imports) and every command file,
// code-split so that @oclif/core, @imgctl/cli-core and the shared lib code live in chunks loaded
// once. Bundling oclif saves ≈ 70–100 ms per start (bench/run.mjs): resolving and compiling ~200
// small CommonJS modules costs more than one pre-linked file. The client is bundled too, in a chunk
// of its own that only the commands calling the API load (`import()` in cli-core): its ≈ 25 ES
// modules cost ≈ 25 ms to resolve and link one by one, one file ≈ 3 ms. It shares no state with
// plugins (they get Requests in middleware, plain data in hooks); a plugin's own commands load
// the client package through their cli-core. The emulator (bundled in its own package, with its
// SQLite binding), the policy plugin and the spec data stay external; `--help` loads none of them.
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

/** Options shared with the bench's bundled oclif floor (bench/run.mjs). */
export const bundleOptions = {
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: [
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
      "const __dirname = __imgctlDirname(__filename);",
    ].join("\n"),
  },
  legalComments: "none",
  logLevel: "warning",
};

const commandFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? commandFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );

/** The bundled packages' licences travel with the code (MIT and ISC ask for the notice). */
function writeNotices(root, metafile) {
  const packageDirs = new Set(
    Object.keys(metafile.inputs)
      .map((file) => /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1])
      .filter((dir) => dir !== undefined),
  );
  const notices = [...packageDirs]
    .map((dir) => {
      const pkg = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8"));
      const licenceFile = readdirSync(join(root, dir)).find((f) => /^(licen[cs]e|copying)/i.test(f));
      const text = licenceFile ? readFileSync(join(root, dir, licenceFile), "utf8").trim() : `License: ${pkg.license}`;
      return { id: `${pkg.name}@${pkg.version}`, text };
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const body = notices.map((n) => `## ${n.id}\n\n\`\`\`\n${n.text}\n\`\`\`\n`).join("\n");
  writeFileSync(
    join(root, "dist", "THIRD-PARTY-NOTICES.md"),
    `# Third-party notices\n\ndist/ bundles these packages (scripts/bundle.mjs).\n\n${body}`,
  );
}

/**
 * cli-core is bundled from its TypeScript source, not its dist: its table code `require`s
 * string-width on first use (≈ 30–60 ms to load, rarely needed), and esbuild bundles a required
 * module as code that runs on that first call only where it sees the `require` itself.
 */
function cliCoreSource(root) {
  const pkg = createRequire(join(root, "package.json")).resolve("@imgctl/cli-core/package.json");
  return join(dirname(pkg), "src", "index.ts");
}

async function bundleCli(root) {
  rmSync(join(root, "dist"), { recursive: true, force: true });
  const result = await build({
    ...bundleOptions,
    absWorkingDir: root,
    alias: { "@imgctl/cli-core": cliCoreSource(root) },
    entryPoints: [
      "src/index.ts",
      ...commandFiles(join(root, "src", "commands")),
      ...commandFiles(join(root, "src", "hooks")),
    ],
    outdir: "dist",
    outbase: "src",
    chunkNames: "chunks/[name]-[hash]",
    splitting: true,
    // Not minified and no source maps: stack traces stay readable (each module is marked with its
    // source path) and the package stays small (maps would be 1.4 MB of its 2.5 MB).
    sourcemap: false,
    metafile: true,
  });
  writeNotices(root, result.metafile);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await bundleCli(resolve(dirname(fileURLToPath(import.meta.url)), ".."));
}
