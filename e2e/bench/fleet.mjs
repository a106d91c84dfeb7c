#!/usr/bin/env node
// Fleet scan benchmark (pnpm --filter @imgctl/e2e bench; root `pnpm bench`; needs the workspace built).
// For 10k, 50k and 100k images over 20 project × region pairs (--quick: 2k, 5k, 10k), on `imgctl-emulator` over
// HTTP in 2026-08 (its image batches seed them; 27 % of the images have findings):
// - raw list throughput, the floor: every page of every pair fetched and JSON.parse'd, no evaluation (raw-list.mjs);
// - the real CLI: `imgctl policy check --project 100-109 --region 1,2 --format json --stream` to a file: images/s
//   end to end (spawn to exit; goal ≥ 20,000/s at the largest size) and the process's peak RSS (goal ≤ 200 MB at
//   every size, and flat);
// - at the largest size, the same scan with 429 + Retry-After: 1 on 30 % of the list calls (seeded): its time vs the
//   clean time plus the waits the emulator imposed (its fault hits × 1 s) ÷ the concurrency (goal ≤ 1.5×).
// Each emulator's image cache is warmed (one /v1/projectimages pass, a route the 429 rule leaves alone) before the
// lists are measured, so that the clean and the throttled scans meet the same emulator.
// Results: a table on stdout and e2e/bench-results/fleet.json (collected by scripts/bench-report.mjs).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  CLI_BIN,
  FLEET_KEY,
  FLEET_POLICY,
  fleetFixture,
  fleetIds,
  startEmulatorProcess,
} from "../lib/fleet-emulator.mjs";
import { rawList } from "./lib/raw-list.mjs";
import { runCli, streamSummary } from "./lib/run-cli.mjs";

const { values: opts } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    concurrency: { type: "string", default: "4" },
    sizes: { type: "string" },
  },
});
const PROJECTS = 10;
const REGIONS = 2;
const CONCURRENCY = Number(opts.concurrency);
const SIZES = opts.sizes
  ? opts.sizes.split(",").map(Number)
  : opts.quick
    ? [2_000, 5_000, 10_000]
    : [10_000, 50_000, 100_000];
const RETRY_AFTER_S = 1;
const THROTTLE = `operationId=imagesList,status=429,retryAfter=${RETRY_AFTER_S},rate=0.3,seed=16`;
const GOALS = { imagesPerSecond: 20_000, peakRssMb: 200, throttledRatio: 1.5 };
const NOW = "2026-06-01T00:00:00Z";

const resultsDir = new URL("../bench-results/", import.meta.url);
const tmp = mkdtempSync(join(tmpdir(), "imgctl-fleet-bench-"));
const policyFile = join(tmp, "policy.yaml");
writeFileSync(policyFile, FLEET_POLICY);
const { projectIds, regionIds } = fleetIds(PROJECTS, REGIONS);
const pairs = projectIds.flatMap((p) => regionIds.map((r) => [p, r]));
const round = (x, digits = 2) => Number(x.toFixed(digits));

/** Whether the CLI has the fleet scan yet (the benchmark's baseline runs either way). */
const cliHasFleet = /--stream/.test(spawnSync(process.execPath, [CLI_BIN, "policy", "check", "--help"]).stdout);

/** Reads every pair once through /v1/projectimages: fills the emulator's image cache, leaves imagesList untouched. */
async function warm(url) {
  const started = performance.now();
  for (const [p, r] of pairs) {
    const response = await fetch(`${url}/v1/projectimages/${p}/${r}`, {
      headers: { authorization: `APIKey ${FLEET_KEY}` },
    });
    if (!response.ok) throw new Error(`warm-up ${p}/${r}: HTTP ${response.status}`);
    await response.arrayBuffer();
  }
  return round((performance.now() - started) / 1000);
}

async function scan(url, size, label) {
  const outFile = join(tmp, `${label}-${size}.jsonl`);
  const args = ["policy", "check", "--policy", policyFile, "--project", `${projectIds[0]}-${projectIds.at(-1)}`];
  args.push("--region", regionIds.join(","), "--format", "json", "--stream", "--now", NOW);
  args.push("--concurrency", String(CONCURRENCY));
  const run = await runCli(args, {
    env: {
      GCORE_BASE_URL: url,
      GCORE_API_KEY: FLEET_KEY,
      GCORE_API_VERSION: "2026-08",
      XDG_CONFIG_HOME: join(tmp, "config"),
    },
    outFile,
  });
  if (run.code !== 0 && run.code !== 1)
    throw new Error(`imgctl exited ${run.code} (${label}, ${size}):\n${run.stderr}`);
  const summary = streamSummary(outFile);
  return {
    exitCode: run.code,
    seconds: round(run.seconds),
    images: summary.images,
    findings: summary.findings,
    pairsDone: summary.pairsDone,
    imagesPerSecond: Math.round(summary.images / run.seconds),
    peakRssMb: run.peakRssMb,
  };
}

async function measureSize(size) {
  const fixture = join(tmp, `fleet-${size}.json`);
  const db = join(tmp, `fleet-${size}.db`);
  writeFileSync(fixture, JSON.stringify(fleetFixture({ images: size, projects: PROJECTS, regions: REGIONS })));
  const t0 = performance.now();
  const emulator = await startEmulatorProcess({ fixture, db });
  const seedSeconds = round((performance.now() - t0) / 1000);
  try {
    const warmSeconds = await warm(emulator.url);
    const raw = await rawList({ url: emulator.url, key: FLEET_KEY, pairs, concurrency: CONCURRENCY });
    const cli = cliHasFleet ? await scan(emulator.url, size, "clean") : null;
    return {
      images: size,
      pairs: pairs.length,
      seedSeconds,
      warmSeconds,
      raw: { images: raw.images, seconds: round(raw.seconds), imagesPerSecond: Math.round(raw.images / raw.seconds) },
      cli,
      cliOverRaw: cli ? round(cli.imagesPerSecond / (raw.images / raw.seconds)) : null,
      db,
      fixture,
    };
  } finally {
    await emulator.stop();
  }
}

/** The largest size again, on a restarted emulator (same database) that throttles 30 % of the list calls. */
async function measureThrottled(clean) {
  const emulator = await startEmulatorProcess({ fixture: clean.fixture, db: clean.db, faults: [THROTTLE] });
  let run;
  try {
    await warm(emulator.url);
    run = await scan(emulator.url, clean.images, "throttled");
  } catch (error) {
    await emulator.stop();
    throw error;
  }
  // The bin prints each rule's hits as it stops: the 429s it answered, hence the waits it imposed.
  const { faultHits } = await emulator.stop();
  const hits = faultHits[0]?.hits ?? 0;
  const imposedWaitSeconds = hits * RETRY_AFTER_S;
  const expectedSeconds = clean.cli.seconds + imposedWaitSeconds / CONCURRENCY;
  return {
    ...run,
    fault: THROTTLE,
    hits429: hits,
    imposedWaitSeconds,
    cleanSeconds: clean.cli.seconds,
    expectedSeconds: round(expectedSeconds),
    ratio: round(run.seconds / expectedSeconds),
  };
}

const loadBefore = round(loadavg()[0]);
const sizes = [];
for (const size of SIZES) sizes.push(await measureSize(size));
const largest = sizes.at(-1);
const throttled = cliHasFleet ? await measureThrottled(largest) : null;

console.log(
  `\nfleet scan: ${pairs.length} pairs (${PROJECTS} projects × ${REGIONS} regions), 2026-08 over HTTP, concurrency ${CONCURRENCY}`,
);
console.log("images   seed s  raw list img/s   imgctl img/s  (÷ raw)  imgctl s  peak RSS  findings  exit");
for (const s of sizes) {
  const c = s.cli;
  console.log(
    [
      String(s.images).padStart(7),
      String(s.seedSeconds).padStart(7),
      String(s.raw.imagesPerSecond).padStart(15),
      String(c?.imagesPerSecond ?? "–").padStart(14),
      String(s.cliOverRaw ?? "–").padStart(8),
      String(c?.seconds ?? "–").padStart(9),
      `${c?.peakRssMb ?? "–"} MB`.padStart(9),
      String(c?.findings ?? "–").padStart(9),
      String(c?.exitCode ?? "–").padStart(5),
    ].join(" "),
  );
}
if (throttled)
  console.log(
    `throttled (${throttled.fault}): ${throttled.seconds} s; clean ${throttled.cleanSeconds} s + ${throttled.hits429} × ${RETRY_AFTER_S} s ÷ ${CONCURRENCY} = ${throttled.expectedSeconds} s expected → ${throttled.ratio}× (goal ≤ ${GOALS.throttledRatio}×), findings ${throttled.findings} (clean ${largest.cli.findings})`,
  );
if (!cliHasFleet) console.log("imgctl policy check has no --stream yet: only the raw list baseline was measured");

const result = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  loadAverage: { before: loadBefore, after: round(loadavg()[0]) },
  quick: opts.quick,
  concurrency: CONCURRENCY,
  apiVersion: "2026-08",
  goals: GOALS,
  sizes: sizes.map(({ db, fixture, ...s }) => s),
  throttled,
};
mkdirSync(resultsDir, { recursive: true });
writeFileSync(new URL("fleet.json", resultsDir), `${JSON.stringify(result, null, 2)}\n`);
rmSync(tmp, { recursive: true, force: true });
// The images/s goal is set for 100,000 images: at --quick sizes the CLI's start-up is most of the time.
const failed = [
  largest.images >= 100_000 && largest.cli && largest.cli.imagesPerSecond < GOALS.imagesPerSecond && "images/s",
  sizes.some((s) => s.cli && s.cli.peakRssMb > GOALS.peakRssMb) && "peak RSS",
  throttled && throttled.ratio > GOALS.throttledRatio && "throttled ratio",
].filter(Boolean);
console.log(failed.length ? `goals missed: ${failed.join(", ")}` : "goals met (where measured)");
console.log("wrote e2e/bench-results/fleet.json");
