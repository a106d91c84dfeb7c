// A fleet on the `local` profile: the in-process emulator the CLI opens itself, its database seeded beforehand with
// three regions and three client projects (alpha's 10 and 11, beta's 20), and the commands run from src.
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createEmulator, type Fixture, type FixtureImage } from "@imgctl/emulator";
import { captureOutput } from "@oclif/test";

export const root = fileURLToPath(new URL("..", import.meta.url));

export const FLEET_POLICY = `apiVersion: metadata-policy/v1
kind: MetadataPolicy
metadata: { name: fleet, layer: org }
spec:
  rules:
    - { id: owner-required, type: required, keys: [owner], match: { visibility: [private] } }
    - { id: env-values, type: allowedValues, key: env, values: [dev, staging, prod], enforcement: warn }
    - { id: cost-center-default, type: default, key: cost_center, value: unassigned, match: { visibility: [private] } }
`;

const uuid = (p: number, r: number, i: number) =>
  `44444444-0000-4000-8000-${String(p).padStart(6, "0")}${String(r).padStart(2, "0")}${String(i).padStart(4, "0")}`;

/** Per pair: a compliant image, one without an owner or cost centre (deny, fixable default), one with env=qa (warn). */
function pairImages(p: number, r: number): FixtureImage[] {
  const base = { projectId: p, regionId: r, visibility: "private" as const, osDistro: "ubuntu", osVersion: "24.04" };
  return [
    { ...base, id: uuid(p, r, 1), name: `ok-${p}-${r}`, metadata: { owner: "ops", env: "prod", cost_center: "1" } },
    { ...base, id: uuid(p, r, 2), name: `bad-${p}-${r}`, metadata: { env: "dev" } },
    { ...base, id: uuid(p, r, 3), name: `qa-${p}-${r}`, metadata: { owner: "qa", env: "qa", cost_center: "2" } },
  ];
}

export const PROJECTS = [10, 11, 20];
export const REGIONS = [1, 2, 3];

export function fleetFixture(): Fixture {
  const images: FixtureImage[] = [];
  for (const p of PROJECTS) for (const r of REGIONS) images.push(...pairImages(p, r));
  // The provider's OS image: in every listing of region 1, left out of the report (another project's public image).
  images.push({
    id: uuid(1, 1, 9),
    projectId: 1,
    regionId: 1,
    name: "ubuntu-os",
    visibility: "public",
    osDistro: "ubuntu",
    osVersion: "24.04",
  });
  return {
    regions: REGIONS.map((id) => ({ id, name: `region-${id}` })),
    clients: [
      { id: 1001, name: "Alpha", resellerId: null },
      { id: 1002, name: "Beta", resellerId: null },
    ],
    projects: [
      { id: 1, name: "system", clientId: null },
      { id: 10, name: "alpha-prod", clientId: 1001 },
      { id: 11, name: "alpha-dev", clientId: 1001 },
      { id: 20, name: "beta-main", clientId: 1002 },
    ],
    apiKeys: [{ key: "imgctl-demo$alpha", role: "client", entityId: 1001, name: "Alpha" }],
    images,
  };
}

/** A fresh data directory whose `local.db` holds the fleet fixture; returns the policy file's path. */
export async function freshFleet(): Promise<{ dir: string; policy: string }> {
  const dir = mkdtempSync(join(tmpdir(), "mp-fleet-"));
  process.env.XDG_CONFIG_HOME = join(dir, "config");
  process.env.XDG_DATA_HOME = join(dir, "data");
  const db = join(dir, "data", "imgctl", "local.db");
  mkdirSync(dirname(db), { recursive: true });
  const emulator = createEmulator({ db, fixture: fleetFixture() });
  await emulator.close();
  const policy = join(dir, "policy.yaml");
  writeFileSync(policy, FLEET_POLICY);
  return { dir, policy };
}

export interface Ran {
  stdout: string;
  stderr: string;
  exit: number;
}

/** Runs a command class from src through oclif (flag parsing, init, catch, exit codes) with output captured. */
export async function runCommand(
  cmd: { run(argv: string[], root: string): Promise<unknown> },
  argv: string[],
): Promise<Ran> {
  const { stdout, stderr, error } = await captureOutput(() => cmd.run(argv, root));
  return { stdout, stderr, exit: (error as { oclif?: { exit?: number } } | undefined)?.oclif?.exit ?? 0 };
}
