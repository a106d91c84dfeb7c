// Client benchmark: per-request overhead against raw fetch on loopback (same process, alternating
// rounds), and the minified/gzipped size of the package runtime bundled with openapi-fetch.
// Usage: pnpm --filter @imgctl/client bench   (env: BENCH_REQUESTS, BENCH_ROUNDS)
// Goals (issue 4): overhead ≤ +15 % and ≤ 25 µs per request; bundle ≤ 10 kB min / 4 kB gzip.
import { build } from "esbuild";
import { mkdirSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import createClient from "openapi-fetch";
import { createImagesClient } from "../dist/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
// Many short alternating rounds rather than a few long ones: on a shared 2-core box the load
// drifts within seconds, and a delta taken inside each round (paired) cancels most of it.
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const WARMUP = 500;
const GOALS = { overheadPct: 15, overheadUs: 25, minBytes: 10_240, gzipBytes: 4_096 };

const TASK = JSON.stringify({
  id: "d1b0f4a2-3c5e-4f6a-9b8c-7d6e5f4a3b21",
  user_id: 11,
  task_type: "create_image",
  state: "FINISHED",
  created_on: "2025-04-03T10:00:00.000000+00:00",
  finished_on: "2025-04-03T10:00:05.000000+00:00",
  project_id: 10,
  region_id: 1,
  created_resources: { images: ["9c35f6e5-7a0a-4a1b-8f1e-2d1c5f3b4a01"] },
});
const TASK_ID = "d1b0f4a2-3c5e-4f6a-9b8c-7d6e5f4a3b21";
const KEY = "bench-key";

async function main() {
  const server = http.createServer((req, res) => {
    req.resume();
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(TASK) });
    res.end(TASK);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${server.address().port}/cloud`;

  const loopback = await compare(baseUrl, REQUESTS, ROUNDS);
  // A middleware makes resource calls go through openapi-fetch's Request: its own, shorter run.
  const middleware = await compare(baseUrl, REQUESTS, Math.ceil(ROUNDS / 2), ["@imgctl/client + middleware"]);
  await new Promise((resolve) => server.close(resolve));

  // The upstream openapi-fetch bench's set-up: the platform fetch replaced by a stub that answers
  // on the next tick, so only client-side work is measured (the stub still builds the Request
  // that undici would).
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    return new Response(TASK, {
      headers: { "content-type": "application/json", "content-length": String(TASK.length), "x-url": request.url },
    });
  };
  const stubbed = await compare("http://stub.local/cloud", REQUESTS * 4, ROUNDS);
  globalThis.fetch = realFetch;

  const rows = loopback;
  const clientRow = rows.find((r) => r.name === "@imgctl/client");
  const overheadPct = round1((clientRow.ratio - 1) * 100);
  const cpuOverheadPct = round1((clientRow.cpuRatio - 1) * 100);

  const bundle = await bundleSize();
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    requestsPerRound: REQUESTS,
    rounds: ROUNDS,
    loopback: rows,
    loopbackWithMiddleware: middleware,
    stubbed,
    overhead: {
      us: clientRow.deltaUs,
      pct: overheadPct,
      goalUs: GOALS.overheadUs,
      goalPct: GOALS.overheadPct,
      pass: clientRow.deltaUs <= GOALS.overheadUs && overheadPct <= GOALS.overheadPct,
      cpuUs: clientRow.cpuDeltaUs,
      cpuPct: cpuOverheadPct,
      cpuPass: clientRow.cpuDeltaUs <= GOALS.overheadUs && cpuOverheadPct <= GOALS.overheadPct,
      loadAverage: os.loadavg()[0],
    },
    bundle: {
      ...bundle,
      goalMinBytes: GOALS.minBytes,
      goalGzipBytes: GOALS.gzipBytes,
      pass: bundle.minBytes <= GOALS.minBytes && bundle.gzipBytes <= GOALS.gzipBytes,
    },
  };

  console.log(`\nPer request, loopback node:http, ${ROUNDS} alternating rounds × ${REQUESTS} sequential GETs per arm`);
  console.log("(median over rounds; delta and ratio paired with the fetch arm of the same round)\n");
  console.table(Object.fromEntries(rows.map(({ name, ...r }) => [name, r])));
  console.log(`\nThe same with a no-op middleware registered (client.use), ${Math.ceil(ROUNDS / 2)} rounds\n`);
  console.table(Object.fromEntries(middleware.map(({ name, ...r }) => [name, r])));
  console.log(
    `\nIn process, stubbed platform fetch (pure client work), ${ROUNDS} rounds × ${REQUESTS * 4} calls per arm\n`,
  );
  console.table(Object.fromEntries(stubbed.map(({ name, ...r }) => [name, r])));
  console.log(
    `\n@imgctl/client overhead vs fetch on loopback (goal ≤ ${GOALS.overheadUs} µs and ≤ ${GOALS.overheadPct} %), load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs:`,
  );
  console.log(`  wall time: +${clientRow.deltaUs} µs (+${overheadPct} %)  ${result.overhead.pass ? "PASS" : "FAIL"}`);
  console.log(
    `  CPU time:  +${clientRow.cpuDeltaUs} µs (+${cpuOverheadPct} %)  ${result.overhead.cpuPass ? "PASS" : "FAIL"}`,
  );
  console.log("\nBundle (esbuild --bundle --minify, gzip -9)\n");
  console.table({
    "openapi-fetch alone": { min: bundle.openapiFetchMinBytes, gzip: bundle.openapiFetchGzipBytes },
    "@imgctl/client + openapi-fetch": { min: bundle.minBytes, gzip: bundle.gzipBytes },
  });
  console.log(
    `goal ≤ ${GOALS.minBytes} B min and ≤ ${GOALS.gzipBytes} B gzip  ${result.bundle.pass ? "PASS" : "FAIL"}`,
  );

  mkdirSync(`${root}/bench-results`, { recursive: true });
  writeFileSync(`${root}/bench-results/client.json`, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nwrote bench-results/client.json`);
}

/** Alternating rounds of sequential GETs: fetch and the arms in `only` (openapi-fetch, @imgctl/client, ...). */
async function compare(baseUrl, requests, rounds, only = ["openapi-fetch", "@imgctl/client"]) {
  const url = `${baseUrl}/v1/tasks/${TASK_ID}`;
  const client = createImagesClient({ apiKey: KEY, baseUrl, projectId: 10, regionId: 1 }); // maxRetries 2, timeout 120 s
  // With a (no-op) middleware, resource calls go through openapi-fetch and build a Request for it.
  const withMiddleware = createImagesClient({ apiKey: KEY, baseUrl, projectId: 10, regionId: 1 }).use({
    onRequest: () => undefined,
  });
  const plain = createClient({
    baseUrl,
    headers: { authorization: `APIKey ${KEY}` },
    fetch: (r) => globalThis.fetch(r),
  });
  const arms = {
    // What a hand-written caller would do: fetch with the auth header, parse JSON, check the status.
    fetch: async () => {
      const res = await globalThis.fetch(url, { headers: { authorization: `APIKey ${KEY}` } });
      if (!res.ok) throw new Error(String(res.status));
      return res.json();
    },
    "openapi-fetch": async () => {
      const { data, error } = await plain.GET("/v1/tasks/{task_id}", { params: { path: { task_id: TASK_ID } } });
      if (error) throw new Error("error");
      return data;
    },
    "@imgctl/client": () => client.tasks.get(TASK_ID),
    "@imgctl/client + middleware": () => withMiddleware.tasks.get(TASK_ID),
  };
  // Only the arms asked for (fetch always): an arm leaves garbage that the next arm pays for.
  for (const name of Object.keys(arms)) if (name !== "fetch" && !only.includes(name)) delete arms[name];

  const wall = Object.fromEntries(Object.keys(arms).map((k) => [k, []]));
  const cpu = Object.fromEntries(Object.keys(arms).map((k) => [k, []]));
  for (const fn of Object.values(arms)) for (let i = 0; i < WARMUP; i++) await fn();
  for (let round = 0; round < rounds; round++) {
    // Alternate the order every round, so drift (GC, JIT, CPU frequency) hits every arm alike.
    const order = round % 2 ? Object.keys(arms).reverse() : Object.keys(arms);
    for (const name of order) {
      const fn = arms[name];
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < requests; i++) await fn();
      wall[name].push(Number(process.hrtime.bigint() - t0) / 1000 / requests);
      // This process's CPU time (client and server alike): less swayed than wall time by other
      // processes on a shared box, which only delay us.
      const c = process.cpuUsage(c0);
      cpu[name].push((c.user + c.system) / requests);
    }
  }
  // Delta and ratio per round against the fetch arm of the same round, then the median of those.
  const paired = (series, name, f) => median(series[name].map((x, i) => f(x, series.fetch[i])));
  return Object.keys(arms).map((name) => ({
    name,
    medianUs: round1(median(wall[name])),
    p90Us: round1(quantile(wall[name], 0.9)),
    deltaUs: round1(paired(wall, name, (a, b) => a - b)),
    ratio: round3(paired(wall, name, (a, b) => a / b)),
    cpuUs: round1(median(cpu[name])),
    cpuDeltaUs: round1(paired(cpu, name, (a, b) => a - b)),
    cpuRatio: round3(paired(cpu, name, (a, b) => a / b)),
  }));
}

async function bundleSize() {
  const size = async (contents) => {
    const out = await build({
      stdin: { contents, resolveDir: root, loader: "js" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "neutral",
      write: false,
      logLevel: "silent",
    });
    const code = out.outputFiles[0].contents;
    return { min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
  };
  // Everything the package exports at runtime (types are erased), with openapi-fetch inlined.
  const all = await size(`export * from "./dist/index.js";`);
  const ofetch = await size(`export { default } from "openapi-fetch";`);
  return {
    minBytes: all.min,
    gzipBytes: all.gzip,
    openapiFetchMinBytes: ofetch.min,
    openapiFetchGzipBytes: ofetch.gzip,
  };
}

function median(xs) {
  return quantile(xs, 0.5);
}
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
const round1 = (x) => Math.round(x * 10) / 10;
const round3 = (x) => Math.round(x * 1000) / 1000;

await main();
