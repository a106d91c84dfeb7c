// The fleet scan's world, shared by its end-to-end test and its benchmark: a fixture of N images over projects ×
// regions (the emulator's image batches, on top of the demo principals), a policy some of those images fail, and
// the real `imgctl-emulator` bin as a child process on a free port.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { demoFixture } from "@imgctl/emulator";

const require = createRequire(import.meta.url);
export const EMULATOR_BIN = join(dirname(require.resolve("@imgctl/emulator/package.json")), "bin/imgctl-emulator.js");
export const CLI_BIN = join(dirname(require.resolve("imgctl/package.json")), "bin/run.js");

/** The key of client 3001 "Fleet Corp", which owns every project of the fleet. */
export const FLEET_KEY = "imgctl-fleet$key";
export const FLEET_CLIENT = 3001;
export const FIRST_PROJECT = 100;

/**
 * Image i gets FLEET_METADATA[i mod 11]: 8 comply with FLEET_POLICY, 3 do not (owner missing and env not allowed:
 * deny; no cost_center: warn) — 27 % of the images have findings. 11 is prime to the pair counts used (20 pairs), so
 * every pair gets a mix rather than all-good or all-bad pairs.
 */
export const FLEET_METADATA = [
  { owner: "team-a", env: "prod", cost_center: "cc-1" },
  { owner: "team-b", env: "dev", cost_center: "cc-2" },
  { owner: "team-c", env: "staging", cost_center: "cc-3" },
  { owner: "team-a", env: "prod", cost_center: "cc-4" },
  { owner: "team-b", env: "prod", cost_center: "cc-5" },
  { env: "prod", cost_center: "cc-6" },
  { owner: "team-c", env: "dev", cost_center: "cc-7" },
  { owner: "team-a", env: "staging", cost_center: "cc-8" },
  { owner: "team-b", env: "qa", cost_center: "cc-9" },
  { owner: "team-c", env: "dev", cost_center: "cc-10" },
  { owner: "team-a", env: "prod" },
];

export const FLEET_POLICY = `apiVersion: metadata-policy/v1
kind: MetadataPolicy
metadata: { name: fleet-baseline, layer: org }
spec:
  rules:
    - { id: owner-required, type: required, keys: [owner], match: { visibility: [private] } }
    - { id: env-values, type: allowedValues, key: env, values: [dev, staging, prod] }
    - { id: cost-center-required, type: required, keys: [cost_center], enforcement: warn, match: { visibility: [private] } }
`;

/** Project ids 100… and region ids 1… of a fleet of `projects` × `regions` pairs. */
export function fleetIds(projects, regions) {
  return {
    projectIds: Array.from({ length: projects }, (_, i) => FIRST_PROJECT + i),
    regionIds: Array.from({ length: regions }, (_, i) => i + 1),
  };
}

/** The demo fixture plus client 3001, its projects, any extra regions, and `images` images over every pair. */
export function fleetFixture({ images, projects, regions }) {
  const { projectIds, regionIds } = fleetIds(projects, regions);
  const known = new Set(demoFixture.regions.map((r) => r.id));
  return {
    ...demoFixture,
    regions: [
      ...demoFixture.regions,
      ...regionIds.filter((id) => !known.has(id)).map((id) => ({ id, name: `Region ${id}` })),
    ],
    clients: [...(demoFixture.clients ?? []), { id: FLEET_CLIENT, name: "Fleet Corp", resellerId: null }],
    projects: [
      ...demoFixture.projects,
      ...projectIds.map((id) => ({ id, name: `fleet-${id}`, clientId: FLEET_CLIENT })),
    ],
    apiKeys: [...demoFixture.apiKeys, { key: FLEET_KEY, role: "client", entityId: FLEET_CLIENT, name: "Fleet Corp" }],
    imageBatches: [
      {
        count: images,
        projectIds,
        regionIds,
        namePrefix: "fleet",
        metadata: FLEET_METADATA,
        readOnlyMetadata: { image_source: "volume" },
        createdAt: "2026-01-01T00:00:00.000Z",
      },
    ],
  };
}

/**
 * Starts `imgctl-emulator` on a free port of 127.0.0.1 (`faults`: its --fault rules; `latencyMs`: --latency). `stop()` sends SIGTERM and gives the bin's output and each
 * fault rule's hits (the bin prints them on stop).
 */
export function startEmulatorProcess({ fixture, db = ":memory:", apiVersion = "2026-08", faults = [], latencyMs }) {
  const args = [EMULATOR_BIN, "--port", "0", "--fixture", fixture, "--db", db, "--api-version", apiVersion];
  for (const fault of faults) args.push("--fault", fault);
  if (latencyMs !== undefined) args.push("--latency", String(latencyMs));
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
  const started = new Promise((resolve, reject) => {
    const onData = () => {
      const m = /listening on (\S+)/.exec(out);
      if (m && /API version/.test(out)) {
        child.stdout.off("data", onData);
        resolve(m[1]);
      }
    };
    child.stdout.on("data", onData);
    void exited.then((code) => reject(new Error(`imgctl-emulator exited ${code} before listening:\n${out}`)));
  });
  return started.then((url) => ({
    url,
    pid: child.pid,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      const code = await exited;
      const line = /fault hits: (.*)/.exec(out);
      return { code, output: out, faultHits: line ? JSON.parse(line[1]) : [] };
    },
  }));
}
