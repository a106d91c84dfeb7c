#!/usr/bin/env node
// CLI start-up benchmark: `imgctl --help`, `imgctl images list` (table and --json) on the local
// profile with 1,000 images, and the same list over HTTP from `imgctl emulator start` on that
// database, against `node -e 0` and two bare oclif CLIs measured in the same run, alternating,
// after warm-up rounds. Run it with another Node to measure that Node (children use this one).
//   node bench/run.mjs [--rounds 20] [--warmup 3] [--cases "list,list over HTTP"]
// --cases picks imgctl's cases (comma-separated names as printed); the floors always run, and the
// fetch floor with the HTTP case.
// Writes bench-results/cli.json. Wall times are medians/p90 in ms; `cpu` is user+sys of the child
// (from /usr/bin/time when present), which is steadier than wall time on a busy 2-core box.
// "oclif floor" is a bare oclif 4 CLI (bench/oclif-floor): what any oclif CLI pays before its own code;
// "oclif floor bundled" is the same CLI with @oclif/core bundled the way scripts/bundle.mjs bundles imgctl;
// "oclif floor + fetch" is a bundled bare oclif CLI (bench/oclif-floor-fetch) whose one command GETs the
// same list from the same emulator with the platform fetch() and parses it: the floor of the HTTP case.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createEmulator, demoFixture, demoKeys, demoVolumeId } from "@imgctl/emulator";
import { bundleOptions } from "../scripts/bundle.mjs";
import { build } from "esbuild";

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "20" },
    warmup: { type: "string", default: "3" },
    cases: { type: "string" },
  },
});
const rounds = Number(values.rounds);
const warmup = Number(values.warmup);
const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "bin", "run.js");
const IMAGES = 1000;
// Goals over the bundled floor (ms); `--help` must also stay under the stock floor.
const GOALS = { help: 25, list: 120, "list --json": 120, "list over HTTP": 80 };

if (!existsSync(join(root, "oclif.manifest.json"))) {
  console.error("build first: pnpm --filter imgctl build");
  process.exit(1);
}

const floorDir = join(root, "bench", "oclif-floor");
const fetchFloorDir = join(root, "bench", "oclif-floor-fetch");
for (const dir of [floorDir, fetchFloorDir]) {
  await build({
    ...bundleOptions,
    absWorkingDir: dir,
    entryPoints: ["entry.js"],
    outdir: "dist",
    outbase: ".",
    splitting: false,
    sourcemap: false,
  });
}
// Its manifest, as imgctl has one: oclif then finds the command without globbing and importing.
writeFileSync(
  join(fetchFloorDir, "oclif.manifest.json"),
  `${JSON.stringify({
    commands: {
      get: {
        aliases: [],
        args: {},
        flags: {},
        hasDynamicHelp: false,
        hiddenAliases: [],
        id: "get",
        pluginAlias: "oclif-floor-fetch",
        pluginName: "oclif-floor-fetch",
        pluginType: "core",
        strict: true,
        isESM: true,
        relativePath: ["commands", "get.js"],
      },
    },
    version: "0.0.0",
  })}\n`,
);

// A local profile whose database already holds 1,000 images of project 10 in region 1.
const home = mkdtempSync(join(tmpdir(), "imgctl-bench-"));
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GCORE_|IMGCTL_)/.test(k))),
  XDG_DATA_HOME: join(home, "data"),
  XDG_CONFIG_HOME: join(home, "config"),
};
mkdirSync(join(env.XDG_DATA_HOME, "imgctl"), { recursive: true });
// What project 10 already sees in region 1 with the demo fixture alone (its own and public images).
const demo = createEmulator({ fixture: demoFixture });
const seen = await demo.handle({
  method: "GET",
  url: "http://localhost/cloud/v1/images/10/1",
  headers: { authorization: `APIKey ${demoKeys.alpha}` },
});
await demo.close();
const extra = Array.from({ length: IMAGES - JSON.parse(seen.text).count }, (_, n) => ({
  id: `44444444-0000-4000-8000-${String(n).padStart(12, "0")}`,
  projectId: 10,
  regionId: 1,
  name: `bench-image-${n}`,
  visibility: "private",
  osDistro: "ubuntu",
  osVersion: "24.04",
  size: 2_361_393_152,
  metadata: { owner: "bench", index: String(n) },
  readOnlyMetadata: { image_source: "volume", source_volume_id: demoVolumeId(10, 1, 1) },
}));
const emulator = createEmulator({
  db: join(env.XDG_DATA_HOME, "imgctl", "local.db"),
  fixture: { ...demoFixture, images: [...demoFixture.images, ...extra] },
});
await emulator.close();

const timeBin = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
function once(args, extraEnv) {
  const argv = [process.execPath, ...args];
  const options = { env: extraEnv ? { ...env, ...extraEnv } : env, encoding: "utf8", maxBuffer: 64 << 20 };
  const start = process.hrtime.bigint();
  const r = timeBin
    ? spawnSync(timeBin, ["-f", "__cpu %U %S", ...argv], options)
    : spawnSync(argv[0], argv.slice(1), options);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  const m = /__cpu ([\d.]+) ([\d.]+)/.exec(r.stderr ?? "");
  return { ms, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : null, stdout: r.stdout };
}

// `imgctl emulator start` on the same database, for the list over HTTP (the local profile's key,
// project and region; only the API URL differs).
const server = spawn(process.execPath, [bin, "emulator", "start", "--port", "0", "--json"], {
  env,
  stdio: ["ignore", "pipe", "inherit"],
});
// Stopped on any exit, a failed case included (it shares this process's stderr: a pipe would stay open).
process.on("exit", () => server.kill("SIGTERM"));
const serverUrl = await new Promise((resolve, reject) => {
  let out = "";
  server.stdout.on("data", (chunk) => {
    out += chunk;
    if (out.includes("\n")) resolve(JSON.parse(out.slice(0, out.indexOf("\n"))).url);
  });
  server.once("exit", (code) => reject(new Error(`emulator start exited ${code}`)));
});
server.stdout.resume();
const overHttp = { GCORE_BASE_URL: serverUrl };
// The URL and key the local profile's `images list` sends (project 10, region 1, the demo key alpha).
// The API root as the client makes it: an origin alone gets `/cloud`.
const apiRoot = /^[a-z]+:\/\/[^/]+\/?$/i.test(serverUrl) ? `${serverUrl.replace(/\/$/, "")}/cloud` : serverUrl;
const fetchFloorEnv = { FLOOR_URL: `${apiRoot}/v1/images/10/1`, FLOOR_API_KEY: demoKeys.alpha };

const floors = {
  "node -e 0": ["-e", "0"],
  // oclif alone (no commands, no plugins): the part of `help` that is the framework's.
  "oclif floor": [join(floorDir, "run.js"), "--help"],
  "oclif floor bundled": [join(floorDir, "run-bundled.js"), "--help"],
};
const imgctlCases = {
  help: [bin, "--help"],
  list: [bin, "images", "list"],
  "list --json": [bin, "images", "list", "--json"],
  "list over HTTP": [bin, "images", "list"],
};
const picked = values.cases?.split(",").map((name) => name.trim()) ?? Object.keys(imgctlCases);
const unknown = picked.filter((name) => !(name in imgctlCases));
if (unknown.length > 0)
  throw new Error(`unknown case(s) ${unknown.join(", ")}; cases: ${Object.keys(imgctlCases).join(", ")}`);
const cases = {
  ...floors,
  ...(picked.includes("list over HTTP") ? { "oclif floor + fetch": [join(fetchFloorDir, "run.js"), "get"] } : {}),
  ...Object.fromEntries(picked.map((name) => [name, imgctlCases[name]])),
};
const caseEnv = { "list over HTTP": overHttp, "oclif floor + fetch": fetchFloorEnv };
// Sanity: the list really has the 1,000 images (plus the public ones), and the fetch floor reads the same list.
for (const extraEnv of [undefined, overHttp]) {
  const count = JSON.parse(once(imgctlCases["list --json"], extraEnv).stdout).count;
  if (count !== IMAGES) throw new Error(`expected ${IMAGES} images, got ${count}`);
}
const fetchFloorCount = Number(once([join(fetchFloorDir, "run.js"), "get"], fetchFloorEnv).stdout);
if (fetchFloorCount !== IMAGES) throw new Error(`fetch floor: expected ${IMAGES} images, got ${fetchFloorCount}`);

const load = () => loadavg().map((x) => Math.round(x * 100) / 100);
const loadBefore = load();
const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, { ms: [], cpu: [] }]));
for (let round = 0; round < warmup + rounds; round++) {
  for (const [name, args] of Object.entries(cases)) {
    const s = once(args, caseEnv[name]);
    if (round < warmup) continue;
    samples[name].ms.push(s.ms);
    if (s.cpu !== null) samples[name].cpu.push(s.cpu);
  }
}
const loadAfter = load();
server.kill("SIGTERM");
await new Promise((resolve) => server.once("exit", resolve));
rmSync(home, { recursive: true, force: true });

const quantile = (xs, q) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
};
const r1 = (x) => (x === null ? null : Math.round(x * 10) / 10);
const base = samples["node -e 0"];
const baseMedian = quantile(base.ms, 0.5);
const baseCpu = quantile(base.cpu, 0.5);
// imgctl is bundled, so its own cost is measured over the bundled floor.
const floorMedian = quantile(samples["oclif floor bundled"].ms, 0.5);
const stockMedian = quantile(samples["oclif floor"].ms, 0.5);
const floorCpu = quantile(samples["oclif floor bundled"].cpu, 0.5);
const fetchFloorMedian = samples["oclif floor + fetch"] ? quantile(samples["oclif floor + fetch"].ms, 0.5) : undefined;
const results = Object.entries(samples).map(([name, s]) => {
  const median = quantile(s.ms, 0.5);
  const cpu = quantile(s.cpu, 0.5);
  const goal = GOALS[name];
  return {
    name,
    median: r1(median),
    p90: r1(quantile(s.ms, 0.9)),
    delta: r1(median - baseMedian),
    ratio: Math.round((median / baseMedian) * 100) / 100,
    cpuMedian: r1(cpu),
    cpuDelta: cpu === null ? null : r1(cpu - baseCpu),
    // over a bare oclif CLI: the part of the cost that is imgctl's own
    overFloor: r1(median - floorMedian),
    cpuOverFloor: cpu === null || floorCpu === null ? null : r1(cpu - floorCpu),
    // the HTTP case over the fetch floor: what imgctl adds to any oclif CLI that GETs the same list
    ...(name === "list over HTTP" && fetchFloorMedian !== undefined
      ? { overFetchFloor: r1(median - fetchFloorMedian) }
      : {}),
    ...(goal === undefined
      ? {}
      : name === "help"
        ? {
            goal: `≤ stock floor, ≤ bundled floor + ${goal} ms`,
            withinGoal: median <= stockMedian && median - floorMedian <= goal,
          }
        : { goal: `≤ bundled floor + ${goal} ms`, withinGoal: median - floorMedian <= goal }),
  };
});

console.log(
  `imgctl start-up, Node ${process.version}, ${rounds} alternating rounds after ${warmup} warm-up, ${IMAGES} images in the local database, load average (1/5/15 min) ${loadBefore.join(" ")} before, ${loadAfter.join(" ")} after`,
);
console.log("case                 median    p90   Δ median  ratio   cpu  Δ cpu  Δ floor  goal");
for (const r of results) {
  console.log(
    `${r.name.padEnd(19)} ${String(r.median).padStart(7)} ${String(r.p90).padStart(6)} ${String(r.delta).padStart(9)} ${String(r.ratio).padStart(6)} ${String(r.cpuMedian ?? "-").padStart(5)} ${String(r.cpuDelta ?? "-").padStart(6)} ${String(r.overFloor).padStart(8)}  ${r.goal ? `${r.goal} ${r.withinGoal ? "ok" : "OVER"}` : ""}`,
  );
}
const out = join(root, "bench-results");
mkdirSync(out, { recursive: true });
const report = {
  date: new Date().toISOString(),
  node: process.version,
  rounds,
  warmup,
  images: IMAGES,
  loadAverage: { before: loadBefore, after: loadAfter },
  unit: "ms",
  results,
};
const file = join(out, "cli.json");
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
if (fetchFloorMedian !== undefined) {
  const http = results.find((r) => r.name === "list over HTTP");
  const fetchFloor = results.find((r) => r.name === "oclif floor + fetch");
  console.log(
    `fetch floor: ${fetchFloor.overFloor} ms over the bundled floor (goal for HTTP: ${GOALS["list over HTTP"]}); list over HTTP is ${http.overFetchFloor} ms over the fetch floor`,
  );
}
console.log(`wrote ${file}`);
