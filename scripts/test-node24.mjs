#!/usr/bin/env node
// `npm run test:node24`: the test suite again on Node 24 (the current LTS), from a machine that has
// only Node 20 and npm. Node 24 comes from the npm registry's `node` package; the suite runs in a copy
// of the work tree with its own `pnpm install`, so better-sqlite3 is compiled for Node 24's ABI there
// while this tree keeps its Node 20 build. Everything runs but what does not depend on the Node that
// runs it, to keep CI under 15 minutes on 2 cores: e2e's packaging test (≈ 2.5 min: it packs tarballs),
// and the spec and types packages (Redocly lint, the Chromium render of the API reference, the
// generated-types drift check and their type tests: ≈ 30 s).
//
// The addon is compiled against Node 24.18.1's headers, not the runtime's: better-sqlite3 12 built
// against 24.19+ headers aborts the process when the GC finalizes a statement ("Assertion failed:
// (env) != nullptr" in RemoveEnvironmentCleanupHook: 24.19 changed node::ObjectWrap). The prebuilt
// binaries users download for 12.x were compiled before 24.19, so this mirrors what they run; a build
// from source on 24.19+ does not (see the emulator's README).
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { pnpmCommand } from "./bootstrap.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const cache = join(root, ".cache");
const nodeRange = "24";
/** Packages whose tests check files and tools, not the Node that runs them: run on Node 20 only. */
const NODE_INDEPENDENT = ["@imgctl/spec", "@imgctl/types"];
const headersVersion = "24.18.1";

function run(bin, args, options = {}) {
  const result = spawnSync(bin, args, { stdio: "inherit", ...options });
  if (result.status !== 0) {
    console.error(`test:node24: \`${bin} ${args.join(" ")}\` exited ${result.status ?? result.signal}`);
    process.exit(result.status ?? 1);
  }
}

/** Node 24's home (bin/node) and the directory of the headers the addon is built against (include/node). */
function installNode24() {
  const prefix = join(cache, `node${nodeRange}`);
  const platformPackage = `node-${process.platform}-${process.arch}`;
  const manifest = join(prefix, "node_modules", "node", "package.json");
  const headers = join(prefix, "node_modules", platformPackage);
  if (!existsSync(manifest) || !existsSync(join(headers, "include", "node", "node_version.h"))) {
    mkdirSync(prefix, { recursive: true });
    const packages = [`node@${nodeRange}`, `${platformPackage}@${headersVersion}`];
    run("npm", [
      "install",
      "--no-save",
      "--no-fund",
      "--no-audit",
      "--loglevel=error",
      "--prefix",
      prefix,
      ...packages,
    ]);
  }
  return { home: dirname(createRequire(manifest).resolve(`${platformPackage}/package.json`)), headers };
}

/** The tracked and untracked-but-not-ignored files of this tree, copied without node_modules or builds. */
function copyWorkTree(target) {
  rmSync(target, { recursive: true, force: true });
  const listed = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
  });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split("\0")) {
    if (file && existsSync(join(root, file))) cpSync(join(root, file), join(target, file));
  }
}

const { home: nodeHome, headers } = installNode24();
const workspace = join(cache, "node24-workspace");
copyWorkTree(workspace);
const env = {
  ...process.env,
  PATH: `${join(nodeHome, "bin")}:${process.env.PATH}`,
  npm_config_nodedir: headers,
  // pnpm caches a built addon per Node major, whatever headers it was built against: build it here.
  npm_config_side_effects_cache: "false",
  IMGCTL_SKIP_PACK: "1",
};
delete env.CI; // the packaging test runs whenever CI=true; it already ran on Node 20
const version = spawnSync(join(nodeHome, "bin", "node"), ["--version"], { encoding: "utf8" }).stdout.trim();
const pnpmVersion = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).packageManager;
console.error(
  `test:node24: Node ${version} (addons built against ${headersVersion} headers), ${pnpmVersion}, in ${workspace}`,
);
const pnpm = pnpmCommand();
run(pnpm[0], [...pnpm.slice(1), "install", "--frozen-lockfile", "--prefer-offline", "--reporter=silent"], {
  cwd: workspace,
  env,
});
run(
  pnpm[0],
  [
    ...pnpm.slice(1),
    "exec",
    "turbo",
    "run",
    "test",
    "--concurrency=1",
    "--output-logs=new-only",
    ...NODE_INDEPENDENT.map((name) => `--filter=!${name}`),
    ...process.argv.slice(2),
  ],
  {
    cwd: workspace,
    env,
  },
);
