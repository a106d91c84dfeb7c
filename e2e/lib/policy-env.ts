// Setup for the policy plugin's end-to-end tests: the real emulator over loopback HTTP, an isolated config dir, a
// demo policy, and the built plugin and CLI (oclif roots found through their installed package.json).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createEmulator } from "@imgctl/emulator";
import { runCommand } from "@oclif/test";

const require = createRequire(import.meta.url);
/** The plugin package (its built commands run as a plugin of their own). */
export const root = dirname(require.resolve("@imgctl/plugin-metadata-policy/package.json"));
/** The imgctl CLI, which bundles the plugin as a core plugin. */
export const cliRoot = dirname(require.resolve("imgctl/package.json"));
/** The policy library's fixture cases, which `policy test` runs. */
export const fixturesDir = join(dirname(require.resolve("@imgctl/metadata-policy/package.json")), "test/fixtures");
export const ALPHA_KEY = "imgctl-demo$alpha";

/** The repository's example policy (the README's tour runs it): the tests keep it working on the demo data. */
export const DEMO_POLICY = readFileSync(fileURLToPath(new URL("../../examples/policy.yaml", import.meta.url)), "utf8");

export async function startEmulator() {
  const emulator = createEmulator();
  const server = await emulator.listen({ port: 0, host: "127.0.0.1" });
  const dir = mkdtempSync(join(tmpdir(), "mp-e2e-"));
  process.env.XDG_CONFIG_HOME = join(dir, "config");
  process.env.XDG_DATA_HOME = join(dir, "data");
  const policyPath = join(dir, "policy.yaml");
  writeFileSync(policyPath, DEMO_POLICY);
  const conn = ["--api-url", server.url, "--api-key", ALPHA_KEY, "--project", "10", "--region", "1"];
  return {
    emulator,
    root,
    url: server.url,
    dir,
    policyPath,
    conn,
    run: (args: string[]): ReturnType<typeof runCommand> => runCommand(args, { root }),
    async close() {
      await server.close();
      await emulator.close();
    },
  };
}

export const exitOf = (error: unknown) => (error as { oclif?: { exit?: number } } | undefined)?.oclif?.exit ?? 0;
