// `policy check` over 10,000 images on the emulator (target ≤ 3 s): the demo fixture plus 10k private images in
// project 10 / region 1, served over loopback HTTP; the command runs in process through @oclif/test.
// Usage: pnpm --filter @imgctl/plugin-metadata-policy bench (needs a build). Writes bench-results/policy-check.json.
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createEmulator, demoFixture } from "@imgctl/emulator";
import { runCommand } from "@oclif/test";

const N = Number(process.env.BENCH_IMAGES ?? 10_000);
const template = demoFixture.images.find((i) => i.name === "alpha-web-golden");
const images = Array.from({ length: N }, (_, i) => ({
  ...template,
  id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
  name: `bench-${i}`,
  metadata: {
    owner: `team-${i % 50}`,
    env: ["dev", "staging", "prod", "qa"][i % 4],
    cost_center: String(1000 + (i % 9000)),
    app: "web",
  },
}));
const dir = mkdtempSync(join(tmpdir(), "mp-bench-"));
process.env.XDG_CONFIG_HOME = join(dir, "config");
process.env.XDG_DATA_HOME = join(dir, "data");
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
const emulator = createEmulator({ fixture: { ...demoFixture, images: [...demoFixture.images, ...images] } });
const server = await emulator.listen({ port: 0, host: "127.0.0.1" });
const seedMs = performance.now() - t;
const root = fileURLToPath(new URL("..", import.meta.url));
const args = [
  "policy",
  "check",
  "--policy",
  policy,
  "--api-url",
  server.url,
  "--api-key",
  "imgctl-demo$alpha",
  "--project",
  "10",
  "--region",
  "1",
  "--owned",
  "--format",
  "json",
  "-o",
  join(dir, "report.json"),
];
await runCommand(args, { root }); // warm-up: module loading and the first list
t = performance.now();
const { error } = await runCommand(args, { root });
const checkMs = Math.round(performance.now() - t);
const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
await server.close();
await emulator.close();
console.log(
  `seeded ${N} images in ${Math.round(seedMs)} ms; policy check over ${report.summary.images} images: ${checkMs} ms (exit ${error?.oclif?.exit ?? 0}, ${report.summary.fail} fail)`,
);
const pass = report.summary.images >= N && checkMs <= 3000;
console.log(pass ? "PASS (≤ 3000 ms)" : "FAIL: over 3000 ms");
const out = new URL("../bench-results/policy-check.json", import.meta.url);
mkdirSync(new URL("../bench-results/", import.meta.url), { recursive: true });
const result = {
  schemaVersion: "1",
  date: new Date().toISOString(),
  check10k: { images: report.summary.images, ms: checkMs, targetMs: 3000, pass },
};
writeFileSync(out, JSON.stringify(result, null, 2) + "\n");
if (!pass) process.exitCode = 1;
