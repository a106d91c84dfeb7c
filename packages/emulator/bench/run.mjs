#!/usr/bin/env node
// Emulator benchmark (pnpm --filter @imgctl/emulator bench; needs `build` first).
// - seeds a database with 10,000 images in region 1 (100 of them owned by alpha-prod, the
//   tenant we list as; the rest by 99 other projects);
// - ready time: spawn the bin on that database and poll /health (median of 5);
// - autocannon on loopback, -c 10, one warm-up round discarded, then BENCH_DURATION s (10):
//   tenant-filtered list, get by id, create (immediate tasks, synchronous=FULL), in both API
//   generations (the bin with --api-version 2025-04, then 2026-08, on the same database);
// - 2026-08 paging in process: a project that sees 10,000 images, every page of 1,000 read with
//   emulator.handle (cold = the first pass of a fresh emulator, warm = later passes);
// - Stoplight Prism (mock mode, same spec) for the same list and get, installed on demand into
//   ~/.cache/imgctl-bench/prism (not a dependency); our throughput is printed as a ratio to it.
//   BENCH_SKIP_PRISM=1 skips it; BENCH_DURATION=S changes the measured duration.
// The server is pinned to CPU 0 and this process (the load generator) to CPU 1 when taskset exists.
// Results: a table on stdout and bench-results/emulator.json.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, homedir, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { openapiDocument } from "@imgctl/types/spec";
import { createEmulator, demoKeys, demoVolumeId } from "../dist/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const pkgDir = resolve(here, "..");
const BIN = join(pkgDir, "bin/imgctl-emulator.js");
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP = 2;
const CONNECTIONS = 10;
const PRISM_VERSION = "5.14.2"; // the last 5.x whose engines allow Node 20 (5.15+ needs Node 24)
const PRISM_DIR = join(homedir(), ".cache/imgctl-bench/prism");
const TASKSET = spawnSync("taskset", ["-V"]).status === 0 && cpus().length >= 2;

// Pin the load generator (this process) to CPU 1 by re-running under taskset.
if (TASKSET && !process.env.IMGCTL_BENCH_PINNED) {
  const child = spawnSync(
    "taskset",
    ["-c", "1", process.execPath, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    {
      stdio: "inherit",
      env: { ...process.env, IMGCTL_BENCH_PINNED: "1" },
    },
  );
  process.exit(child.status ?? 1);
}
const pinned = (cmd, args) => (TASKSET ? ["taskset", ["-c", "0", cmd, ...args]] : [cmd, args]);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const tmp = mkdtempSync(join(tmpdir(), "imgctl-bench-"));
const dbFile = join(tmp, "bench.db");
const auth = { authorization: `APIKey ${demoKeys.alpha}` };

/** Seeds `file` with 10,000 images in region 1: every `ownEvery`-th owned by alpha-prod (project 10). */
function seed(file = dbFile, ownEvery = 100) {
  const t0 = performance.now();
  const em = createEmulator({ db: file });
  void em.close();
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  const insert =
    db.prepare(`INSERT INTO images (id, project_id, region_id, visibility, name, status, architecture, os_distro,
    os_type, os_version, disk_format, min_disk, min_ram, size, ssh_key, metadata, created_at, updated_at)
    VALUES (?, ?, 1, 'private', ?, 'active', 'x86_64', 'ubuntu', 'linux', '22.04', 'qcow2', 10, 0, 805306368, 'allow', ?, ?, ?)`);
  const ownIds = [];
  db.transaction(() => {
    for (let i = 0; i < 10_000; i++) {
      const project = i % ownEvery === 0 ? 10 : 5000 + (i % 99);
      const id = `bbbbbbbb-0000-4000-8000-${String(i).padStart(12, "0")}`;
      if (project === 10) ownIds.push(id);
      const metadata = JSON.stringify([
        { key: "env", value: i % 2 ? "prod" : "dev", read_only: false },
        { key: "image_source", value: "volume", read_only: true },
        { key: "owner", value: `team-${i % 7}`, read_only: false },
      ]);
      const ts = new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString();
      insert.run(id, project, `bench-${i}`, metadata, ts, ts);
    }
  })();
  const count = db.prepare("SELECT count(*) AS n FROM images WHERE region_id = 1").get().n;
  db.close();
  return { ownIds, count, seedMs: performance.now() - t0 };
}

/** Spawns a server (pinned to CPU 0) and resolves when it prints "listening on URL". */
function spawnServer(label, args) {
  const [cmd, cmdArgs] = pinned(process.execPath, args);
  const child = spawn(cmd, cmdArgs, { stdio: ["ignore", "pipe", "inherit"] });
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      const m = /listening on (\S+)/.exec(out);
      if (m) resolvePromise({ child, url: m[1], started });
    });
    child.once("exit", (code) => reject(new Error(`${label} exited (${code})`)));
  });
}

const startBin = (extra = [], file = dbFile) =>
  spawnServer("emulator", [BIN, "--port", "0", "--db", file, "--quiet", ...extra]);
/** A copy of the seeded database for the 2026-08 run, so that it starts from the same images (the 2025-04 creates add thousands). */
const dbFile2026 = join(tmp, "bench-2026-08.db");

// Baseline for the ready time (same invocation, same polling): a bare node:http server.
const BARE_SERVER = `require("http").createServer((q, s) => s.end("ok")).listen(0, "127.0.0.1", function () {
  console.log("listening on http://127.0.0.1:" + this.address().port + "/cloud"); });`;
const startBare = () => spawnServer("bare server", ["-e", BARE_SERVER]);

/** Spawn → first 200 from /health, in ms. */
async function timeToReady(starter) {
  const { child, url, started } = await starter();
  const health = url.replace(/\/cloud$/, "/health");
  for (;;) {
    const ok = await fetch(health).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await sleep(2);
  }
  const ms = performance.now() - started;
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
  return ms;
}

/** Ready time of the emulator and of the bare baseline, alternated (A/B) 7 times. */
async function readyTime() {
  const emulator = [];
  const bare = [];
  for (let i = 0; i < 7; i++) {
    emulator.push(await timeToReady(startBin));
    bare.push(await timeToReady(startBare));
  }
  return {
    medianMs: median(emulator),
    runsMs: emulator.map(Math.round),
    bareNodeMedianMs: median(bare),
    bareRunsMs: bare.map(Math.round),
  };
}

async function load(name, opts) {
  await autocannon({ ...opts, connections: CONNECTIONS, duration: WARMUP });
  const r = await autocannon({ ...opts, connections: CONNECTIONS, duration: DURATION });
  return {
    name,
    reqPerSec: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    total: r.requests.total,
  };
}

function rssPeakMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  } catch {
    return null;
  }
}

async function benchEmulator(ownIds, apiVersion = "2025-04") {
  const { child, url } = await startBin(
    ["--tasks", "immediate", "--api-version", apiVersion],
    apiVersion === "2025-04" ? dbFile : dbFile2026,
  );
  const tag = apiVersion === "2025-04" ? "" : ` [${apiVersion}]`;
  try {
    const results = [];
    const listSize = (await (await fetch(`${url}/v1/images/10/1`, { headers: auth })).json()).count;
    results.push(
      await load(`list (10k images, tenant-filtered)${tag}`, { url: `${url}/v1/images/10/1`, headers: auth }),
    );
    results.push(await load(`get by id${tag}`, { url: `${url}/v1/images/10/1/${ownIds[7]}`, headers: auth }));
    const tags = { [apiVersion === "2025-04" ? "metadata" : "tags"]: { env: "bench" } };
    results.push(
      await load(`create (task, synchronous=FULL)${tag}`, {
        url: `${url}/v1/images/10/1`,
        method: "POST",
        headers: { ...auth, "content-type": "application/json" },
        body: JSON.stringify({ name: "bench-create", volume_id: demoVolumeId(10, 1), ...tags }),
      }),
    );
    return { results, listSize, rssPeakMb: rssPeakMb(child.pid) };
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}

function ensurePrism() {
  const bin = join(PRISM_DIR, "node_modules/.bin/prism");
  if (existsSync(bin)) return bin;
  console.log(`installing @stoplight/prism-cli@${PRISM_VERSION} into ${PRISM_DIR} ...`);
  mkdirSync(PRISM_DIR, { recursive: true });
  execFileSync(
    "npm",
    [
      "install",
      "--prefix",
      PRISM_DIR,
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
      `@stoplight/prism-cli@${PRISM_VERSION}`,
    ],
    { stdio: "inherit" },
  );
  if (!existsSync(bin)) throw new Error("prism binary not found after install");
  return bin;
}

async function benchPrism(ownIds) {
  const bin = ensurePrism();
  const specFile = join(tmp, "openapi.json");
  writeFileSync(specFile, JSON.stringify(openapiDocument));
  const port = 40_000 + Math.floor(Math.random() * 10_000);
  const [cmd, args] = pinned(bin, ["mock", specFile, "-p", String(port), "-h", "127.0.0.1"]);
  const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  try {
    // Prism mounts the paths without the server's /cloud base path.
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    let status = 0;
    while (Date.now() < deadline) {
      status = await fetch(`${base}/v1/images/10/1`, { headers: auth }).then(
        (r) => r.status,
        () => 0,
      );
      if (status !== 0) break;
      await sleep(200);
    }
    if (status !== 200) throw new Error(`prism answered ${status} (log: ${log.slice(-400)})`);
    const results = [];
    results.push(await load("prism: list", { url: `${base}/v1/images/10/1`, headers: auth }));
    results.push(await load("prism: get by id", { url: `${base}/v1/images/10/1/${ownIds[7]}`, headers: auth }));
    return { version: PRISM_VERSION, results };
  } finally {
    child.kill("SIGTERM");
  }
}

/** 2026-08, in process: every page (limit 1,000) of a list of 10,000 visible images, several passes. */
async function benchPaging2026() {
  const file = join(tmp, "paging.db");
  seed(file, 1);
  const em = createEmulator({ db: file, apiVersion: "2026-08" });
  const headers = { authorization: auth.authorization };
  try {
    const pass = async () => {
      const t0 = performance.now();
      let images = 0;
      for (let offset = 0; ; offset += 1000) {
        const reply = await em.handle({
          method: "GET",
          url: `http://local/cloud/v1/images/10/1?limit=1000&offset=${offset}`,
          headers,
        });
        if (reply.status !== 200) throw new Error(`page at ${offset}: ${reply.status} ${reply.text.slice(0, 200)}`);
        const page = JSON.parse(reply.text);
        images += page.results.length;
        if (offset + page.results.length >= page.count) break;
      }
      return { images, ms: performance.now() - t0 };
    };
    const cold = await pass();
    const warm = [];
    for (let i = 0; i < 5; i++) warm.push(await pass());
    const perSec = (r) => Math.round((r.images / r.ms) * 1000);
    return {
      images: cold.images,
      coldImagesPerSec: perSec(cold),
      coldMs: Math.round(cold.ms),
      warmImagesPerSec: median(warm.map(perSec)),
      warmRuns: warm.map(perSec),
    };
  } finally {
    await em.close();
  }
}

const goals = {
  list: { reqPerSec: 2000, p99Ms: 20 },
  get: { reqPerSec: 5000 },
  create: { reqPerSec: 500 },
  readyMs: 300,
};

try {
  const loadBefore = loadavg()[0];
  console.log(
    `imgctl emulator bench: autocannon -c ${CONNECTIONS}, ${WARMUP}s warm-up + ${DURATION}s, ${TASKSET ? "server on CPU 0, load on CPU 1" : "no taskset (unpinned)"}`,
  );
  const { ownIds, count, seedMs } = seed();
  console.log(`seeded ${count} images in region 1 in ${Math.round(seedMs)} ms`);
  copyFileSync(dbFile, dbFile2026);
  const ready = await readyTime();
  const ours = await benchEmulator(ownIds);
  const ours2026 = await benchEmulator(ownIds, "2026-08");
  const paging = await benchPaging2026();
  let prism;
  try {
    if (process.env.BENCH_SKIP_PRISM) throw new Error("skipped (BENCH_SKIP_PRISM)");
    prism = await benchPrism(ownIds);
  } catch (error) {
    prism = { error: String(error.message ?? error) };
    console.log(`Prism could not run: ${prism.error}`);
  }
  const [list, get, create] = ours.results;
  const ratio = (a, b) => (b ? `${(a.reqPerSec / b.reqPerSec).toFixed(1)}×` : "n/a");
  const rows = [
    ["scenario", "req/s", "p50 ms", "p99 ms", "non-2xx", "errors", "goal", "vs Prism"],
    [
      list.name,
      list.reqPerSec,
      list.p50Ms,
      list.p99Ms,
      list.non2xx,
      list.errors,
      "≥2000 req/s, p99≤20",
      ratio(list, prism.results?.[0]),
    ],
    [
      get.name,
      get.reqPerSec,
      get.p50Ms,
      get.p99Ms,
      get.non2xx,
      get.errors,
      "≥5000 req/s",
      ratio(get, prism.results?.[1]),
    ],
    [create.name, create.reqPerSec, create.p50Ms, create.p99Ms, create.non2xx, create.errors, "≥500 req/s", ""],
    ...ours2026.results.map((r, i) => [
      r.name,
      r.reqPerSec,
      r.p50Ms,
      r.p99Ms,
      r.non2xx,
      r.errors,
      ["≥2000 req/s, p99≤20", "≥5000 req/s", "≥500 req/s"][i],
      "",
    ]),
    ...(prism.results ?? []).map((r) => [r.name, r.reqPerSec, r.p50Ms, r.p99Ms, r.non2xx, r.errors, "", ""]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join("  "));
  console.log(
    `load average 1 min: ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after (other processes share the 2 cores)`,
  );
  console.log(
    `2026-08 paging in process: ${paging.images} visible images in pages of 1,000: cold ${paging.coldImagesPerSec} images/s (${paging.coldMs} ms), warm ${paging.warmImagesPerSec} images/s median (runs ${paging.warmRuns.join(", ")}; goal ≥ 20,000 images/s through the client's listAll)`,
  );
  console.log(
    `list returns ${ours.listSize} images; ready with a 10k-image db: ${Math.round(ready.medianMs)} ms median (runs ${ready.runsMs.join(", ")}; goal ≤ ${goals.readyMs}; a bare node:http server, alternated: ${Math.round(ready.bareNodeMedianMs)} ms); server peak RSS ${ours.rssPeakMb} MB`,
  );
  const out = {
    date: new Date().toISOString(),
    node: process.version,
    loadAverage: { before: loadBefore, after: loadavg()[0] },
    cpus: cpus().length,
    pinned: TASKSET,
    connections: CONNECTIONS,
    durationS: DURATION,
    images: count,
    listSize: ours.listSize,
    readyMs: ready,
    rssPeakMb: ours.rssPeakMb,
    emulator: ours.results,
    emulator2026: { results: ours2026.results, rssPeakMb: ours2026.rssPeakMb, paging },
    prism,
    goals,
  };
  const outDir = join(pkgDir, "bench-results");
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "emulator.json"), JSON.stringify(out, null, 2) + "\n");
  console.log("wrote bench-results/emulator.json");
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
