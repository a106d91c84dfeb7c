#!/usr/bin/env node
// Packaging, as users install it: pack every publishable package, serve the tarballs from a
// loopback registry for the @imgctl scope, install them with plain npm into empty projects
// outside the workspace, and use them there. Exits non-zero on the first failure.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startLocalRegistry } from "../lib/local-registry.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const publishable = [
  "packages/types",
  "packages/client",
  "packages/emulator",
  "packages/cli-core",
  "packages/metadata-policy",
  "packages/plugin-metadata-policy",
  "apps/cli",
];
const work = mkdtempSync(join(tmpdir(), "imgctl-pack-"));
const keep = process.env.IMGCTL_KEEP_PACK === "1";
const started = Date.now();

function step(title) {
  console.log(`\n[pack-smoke +${((Date.now() - started) / 1000).toFixed(1)}s] ${title}`);
}

// Asynchronous on purpose: the loopback registry answers from this process's event loop.
function sh(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`${command} ${args.join(" ")} failed (${code}):\n${stdout}\n${stderr}`));
    });
  });
}

function expect(condition, message) {
  if (!condition) throw new Error(`pack-smoke: ${message}`);
  console.log(`  ok - ${message}`);
}

function project(name, env) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: `smoke-${name}`, private: true, type: "module" }, null, 2),
  );
  return (packages) =>
    sh("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...packages], { cwd: dir, env });
}

let registry;
try {
  step("pack");
  const tarballs = [];
  for (const pkg of publishable) {
    const out = (await sh("pnpm", ["pack", "--pack-destination", work], { cwd: join(root, pkg) }))
      .trim()
      .split("\n")
      .pop();
    tarballs.push(out.startsWith("/") ? out : join(work, out));
  }
  for (const t of tarballs) console.log(`  ${t.replace(work + "/", "")}`);
  const tarballOf = (name) => tarballs.find((t) => t.includes(name));

  registry = await startLocalRegistry(tarballs);
  const env = {
    ...process.env,
    // The scope's registry, as an npm config variable: it reaches every npm run, including
    // the one `imgctl plugins install` starts, and keeps the user's own npm settings.
    "npm_config_@imgctl:registry": `${registry.url}/`,
    XDG_DATA_HOME: join(work, "xdg-data"),
    XDG_CONFIG_HOME: join(work, "xdg-config"),
    XDG_CACHE_HOME: join(work, "xdg-cache"),
    NO_COLOR: "1",
  };
  // pnpm's bin shims (vitest's, when this runs from the test) export NODE_PATH with the workspace's
  // hoisted node_modules; a consumer project would then resolve packages it never installed.
  delete env.NODE_PATH;

  // One empty project for everything, so better-sqlite3 (no prebuilt binary reachable here)
  // compiles once.
  step("npm install @imgctl/client @imgctl/types @imgctl/emulator imgctl typescript into an empty project");
  const lib = join(work, "consumer");
  // `imgctl` is unscoped, so it comes from its tarball; its @imgctl/* dependencies from the registry.
  await project(
    "consumer",
    env,
  )(["@imgctl/client", "@imgctl/types", "@imgctl/emulator", tarballOf("imgctl-0"), "typescript@5.9"]);

  step("library: @imgctl/client with @imgctl/emulator, and its types under tsc");
  writeFileSync(
    join(lib, "run.mjs"),
    [
      'import { createImagesClient, NotFoundError } from "@imgctl/client";',
      'import { createEmulator } from "@imgctl/emulator";',
      "const emulator = createEmulator();",
      'const client = createImagesClient({ apiKey: "imgctl-demo$alpha", baseUrl: "http://emulator.local/cloud", projectId: 10, regionId: 1, fetch: emulator.fetch });',
      "const list = await client.images.list();",
      "let notFound = false;",
      'try { await client.images.get("00000000-0000-4000-8000-000000000000"); } catch (e) { notFound = e instanceof NotFoundError; }',
      "console.log(JSON.stringify({ count: list.count, notFound }));",
      "await emulator.close();",
    ].join("\n"),
  );
  const result = JSON.parse((await sh(process.execPath, ["run.mjs"], { cwd: lib, env })).trim().split("\n").pop());
  expect(
    result.count > 0 && result.notFound,
    `@imgctl/client imports (ESM) and lists ${result.count} images from @imgctl/emulator`,
  );

  writeFileSync(
    join(lib, "check.ts"),
    [
      'import { createImagesClient, ApiError } from "@imgctl/client";',
      'import type { Image, ImageList, paths } from "@imgctl/types";',
      'const client = createImagesClient({ apiKey: "k", projectId: 1, regionId: 1 });',
      'const list: Promise<ImageList> = client.images.list({ visibility: "public" });',
      "const name = (image: Image): string => image.name;",
      'type ListPath = paths["/v1/images/{project_id}/{region_id}"];',
      "const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;",
      "// @ts-expect-error visibility is an enum",
      'client.images.list({ visibility: "everyone" });',
      "export { list, name, isApiError };",
      "export type { ListPath };",
    ].join("\n"),
  );
  for (const [module, moduleResolution] of [
    ["node16", "node16"],
    ["esnext", "bundler"],
  ]) {
    writeFileSync(
      join(lib, `tsconfig.${moduleResolution}.json`),
      JSON.stringify({
        compilerOptions: {
          module,
          moduleResolution,
          target: "es2022",
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ["check.ts"],
      }),
    );
    await sh(join(lib, "node_modules/.bin/tsc"), ["-p", `tsconfig.${moduleResolution}.json`], { cwd: lib, env });
    expect(true, `@imgctl/client and @imgctl/types type-check under moduleResolution ${moduleResolution}`);
  }
  const typesEntry = readFileSync(join(lib, "node_modules/@imgctl/types/dist/index.js"), "utf8");
  const statements = typesEntry.split("\n").filter((line) => line.trim() && !line.startsWith("//"));
  expect(statements.join("") === "export {};", "@imgctl/types brings no runtime code (its entry is `export {};`)");

  step("library: @imgctl/metadata-policy alone, without oclif or cli-core");
  const policyLib = join(work, "policy-library");
  await project("policy-library", env)(["@imgctl/metadata-policy"]);
  writeFileSync(
    join(policyLib, "run.mjs"),
    [
      'import { evaluate, policyFrom } from "@imgctl/metadata-policy/engine";',
      'import { metadataPolicy, MetadataPolicyError } from "@imgctl/metadata-policy/middleware";',
      'import { createRequire } from "node:module";',
      'const policy = policyFrom({ apiVersion: "metadata-policy/v1", kind: "MetadataPolicy", metadata: { name: "p" }, spec: { rules: [{ id: "owner", type: "required", keys: ["owner"] }] } });',
      "const verdict = evaluate(policy, { metadata: [] }).verdict;",
      "const middleware = typeof metadataPolicy({ policy, client: { fetch } }).onRequest;",
      "let oclif = true;",
      'try { createRequire(import.meta.url).resolve("@oclif/core"); } catch { oclif = false; }',
      "console.log(JSON.stringify({ verdict, middleware, error: typeof MetadataPolicyError, oclif }));",
    ].join("\n"),
  );
  const policyResult = JSON.parse(
    (await sh(process.execPath, ["run.mjs"], { cwd: policyLib, env })).trim().split("\n").pop(),
  );
  expect(
    policyResult.verdict === "fail" && policyResult.middleware === "function" && policyResult.error === "function",
    "@imgctl/metadata-policy imports (engine and middleware) and judges an image",
  );
  expect(policyResult.oclif === false, "@imgctl/metadata-policy installs without @oclif/core");

  step("CLI: run `imgctl images list` on the embedded emulator");
  const cli = lib;
  const imgctl = join(cli, "node_modules/.bin/imgctl");
  const listing = await sh(imgctl, ["images", "list", "--json"], { cwd: cli, env });
  expect(/ubuntu/i.test(listing), "imgctl images list prints the demo images");

  step("plugin: imgctl plugins install <tarball>, then plugins link");
  await sh(imgctl, ["plugins", "install", `file:${tarballOf("imgctl-plugin-metadata-policy-")}`], { cwd: cli, env });
  const plugins = await sh(imgctl, ["plugins"], { cwd: cli, env });
  expect(plugins.includes("@imgctl/plugin-metadata-policy"), "the policy plugin is listed as installed");
  const help = await sh(imgctl, ["policy", "--help"], { cwd: cli, env });
  expect(/validate/.test(help) && /check/.test(help), "its policy commands appear in help");
  await sh(imgctl, ["plugins", "uninstall", "@imgctl/plugin-metadata-policy"], { cwd: cli, env });
  // An unpacked copy inside the consumer project resolves its dependencies from the CLI's
  // node_modules, as a plugin checked out for development next to the CLI would.
  const linkDir = join(cli, "dev-plugin", "package");
  mkdirSync(join(cli, "dev-plugin"), { recursive: true });
  await sh("tar", ["-xzf", tarballOf("imgctl-plugin-metadata-policy-"), "-C", join(cli, "dev-plugin")]);
  await sh(imgctl, ["plugins", "link", linkDir, "--no-install"], { cwd: cli, env });
  const linked = await sh(imgctl, ["plugins"], { cwd: cli, env });
  expect(/plugin-metadata-policy.*link/i.test(linked), "plugins link registers the plugin for development");

  step("exports: @arethetypeswrong/cli (ESM-only profile)");
  const attw = join(root, "e2e/node_modules/.bin/attw");
  for (const t of tarballs) {
    await sh(attw, [t, "--profile", "esm-only", "--format", "table-flipped"], { cwd: work });
    expect(true, `attw finds no problem in ${t.split("/").pop()}`);
  }
  step(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await registry?.close();
  if (!keep) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}
