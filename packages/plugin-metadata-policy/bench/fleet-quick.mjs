// A quick measure of a fleet check in process: 20 project×region pairs × 500 images (BENCH_PAIR_IMAGES) on the local
// profile's in-process emulator, both API generations; prints images/s of the whole command (listing included).
// The fleet benchmark over HTTP with RSS and 429s is e2e/bench (pnpm bench). Needs a build.
// Usage: node bench/fleet-quick.mjs
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createEmulator } from "@imgctl/emulator";
import { runCommand } from "@oclif/test";

const PER_PAIR = Number(process.env.BENCH_PAIR_IMAGES ?? 500);
const projects = Array.from({ length: 10 }, (_, i) => 10 + i);
const regions = [1, 2];
const dir = mkdtempSync(join(tmpdir(), "mp-fleet-bench-"));
process.env.XDG_CONFIG_HOME = join(dir, "config");
process.env.XDG_DATA_HOME = join(dir, "data");
const db = join(dir, "data", "imgctl", "local.db");
mkdirSync(dirname(db), { recursive: true });
const policy = join(dir, "policy.yaml");
writeFileSync(
  policy,
  `apiVersion: metadata-policy/v1
kind: MetadataPolicy
metadata: { name: bench }
spec:
  rules:
    - { id: owner-required, type: required, keys: [owner], match: { visibility: [private] } }
    - { id: env-values, type: allowedValues, key: env, values: [dev, staging, prod] }
    - { id: cc, type: valuePattern, key: cost_center, pattern: "[0-9]{4}" }
    - { id: no-secrets, type: forbidden, patterns: ["password|secret|token"], flags: i, search: true }
`,
);
let t = performance.now();
const seeded = createEmulator({
  db,
  fixture: {
    regions: regions.map((id) => ({ id, name: `r${id}` })),
    clients: [{ id: 1001, name: "Alpha", resellerId: null }],
    projects: projects.map((id) => ({ id, name: `p${id}`, clientId: 1001 })),
    apiKeys: [{ key: "imgctl-demo$alpha", role: "client", entityId: 1001 }],
    imageBatches: [
      {
        count: PER_PAIR * projects.length * regions.length,
        projectIds: projects,
        regionIds: regions,
        metadata: [
          { owner: "a", env: "prod", cost_center: "1234" },
          { env: "qa", cost_center: "x" },
          { owner: "b", env: "dev", cost_center: "2345", app: "web" },
        ],
      },
    ],
  },
});
await seeded.close();
console.log(`seeded ${PER_PAIR * projects.length * regions.length} images in ${Math.round(performance.now() - t)} ms`);
const root = fileURLToPath(new URL("..", import.meta.url));
for (const apiVersion of ["2025-04", "2026-08"]) {
  const out = join(dir, `fleet-${apiVersion}.json`);
  const args = [
    "policy",
    "check",
    "--policy",
    policy,
    "--project",
    "10-19",
    "--region",
    "1,2",
    "--api-version",
    apiVersion,
  ];
  await runCommand([...args, "--format", "json", "-o", out], { root }); // warm-up: modules, the image cache
  for (const format of ["json", "sarif"]) {
    t = performance.now();
    const { error } = await runCommand([...args, "--format", format, "-o", out], { root });
    const ms = performance.now() - t;
    if (format === "json") {
      const { summary } = JSON.parse(readFileSync(out, "utf8"));
      console.log(
        `${apiVersion} ${format}: ${summary.images} images, ${summary.findings} findings over ${summary.pairs} pairs in ${Math.round(ms)} ms = ${Math.round(summary.images / (ms / 1000))} images/s (exit ${error?.oclif?.exit ?? 0})`,
      );
    } else console.log(`${apiVersion} ${format}: ${Math.round(ms)} ms`);
  }
}
