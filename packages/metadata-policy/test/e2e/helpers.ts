// Shared setup for end-to-end tests: the real emulator over loopback HTTP, an isolated config dir, a demo policy.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createEmulator } from "@imgctl/emulator";
import { runCommand } from "@oclif/test";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const ALPHA_KEY = "imgctl-demo$alpha";

export const DEMO_POLICY = `apiVersion: metadata-policy/v1
kind: MetadataPolicy
metadata: { name: demo-baseline, layer: org }
spec:
  rules:
    - { id: owner-required, type: required, keys: [owner], match: { visibility: [private] } }
    - { id: env-values, type: allowedValues, key: env, values: [dev, staging, prod] }
    - { id: public-os, type: required, keys: [os_distro, os_version], match: { visibility: [public] } }
    - { id: cost-center-default, type: default, key: cost_center, value: unassigned, match: { visibility: [private] } }
    - { id: no-secrets, type: forbidden, patterns: ["password|secret|token"], flags: i, search: true }
`;

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
    run: (args: string[]) => runCommand(args, { root }),
    async close() {
      await server.close();
      await emulator.close();
    },
  };
}

export const exitOf = (error: unknown) => (error as { oclif?: { exit?: number } } | undefined)?.oclif?.exit ?? 0;
