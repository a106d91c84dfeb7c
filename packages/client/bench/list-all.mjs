// listAll() benchmark: 10,000 visible images of a 2026-08 emulator in process, read in pages of
// 1000 through client.images.listAll(), as images per second, plus the heap the iteration holds.
// Usage: pnpm --filter @imgctl/client bench:list-all   (env: BENCH_IMAGES, BENCH_RUNS)
// Goal (issue 13): ≥ 20,000 images/s, memory bounded by one page.
import { createEmulator, demoFixture, demoKeys } from "@imgctl/emulator";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { createImagesClient } from "../dist/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const IMAGES = Number(process.env.BENCH_IMAGES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PAGE = 1000;
const GOAL = 20_000;
// The same plain form the CLI's local profile passes (see fetch/send.ts, PLAIN_FETCH).
const PLAIN_FETCH = Symbol.for("@imgctl/client.plain-fetch");

/** The demo fixture plus IMAGES private images of Alpha's project 10 in region 1, three tags each. */
function fixture() {
  const images = [];
  for (let i = 0; i < IMAGES; i++) {
    images.push({
      id: `55555555-0000-4000-8000-${String(i).padStart(12, "0")}`,
      projectId: 10,
      regionId: 1,
      name: `many-${i}`,
      visibility: "private",
      osDistro: "ubuntu",
      osVersion: "22.04",
      createdAt: new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString(),
      metadata: { batch: "b", n: String(i), env: i % 2 ? "prod" : "dev" },
    });
  }
  return { ...demoFixture, images: [...demoFixture.images, ...images] };
}

async function main() {
  const emulator = createEmulator({ apiVersion: "2026-08", fixture: fixture() });
  const options = {
    apiKey: demoKeys.alpha,
    baseUrl: "http://emulator.local/cloud",
    projectId: 10,
    regionId: 1,
    apiVersion: "2026-08",
  };
  const plain = (url, init) => emulator.handle({ url, method: init.method, headers: init.headers, body: init.body });
  const arms = {
    // The CLI's local profile: the emulator's plain handler, no Request/Response per page.
    "plain in-process": createImagesClient({
      ...options,
      fetch: Object.assign((r) => emulator.fetch(r), { [PLAIN_FETCH]: plain }),
    }),
    // A library user's createImagesClient({ fetch: emulator.fetch }): a Request and Response per page.
    "emulator.fetch": createImagesClient({ ...options, fetch: emulator.fetch }),
  };
  const rows = {};
  // The floor: the emulator's own work for the same pages (plain handler, JSON.parse), no client.
  const url = (offset) => `http://emulator.local/cloud/v1/images/10/1?limit=${PAGE}&offset=${offset}`;
  const floor = async () => {
    let count = 0;
    for (let offset = 0, total = Infinity; offset < total; ) {
      const { text } = await plain(url(offset), {
        method: "GET",
        headers: { authorization: `APIKey ${demoKeys.alpha}` },
      });
      const page = JSON.parse(text);
      total = page.count;
      offset += page.results.length;
      count += page.results.length;
    }
    return count;
  };
  rows["emulator alone (floor)"] = await timed(floor);
  for (const [name, client] of Object.entries(arms)) {
    rows[name] = await timed(async () => {
      let count = 0;
      for await (const image of client.images.listAll({ limit: PAGE })) if (image.id) count++;
      return count;
    });
  }
  const memory = await retainedHeap(arms["plain in-process"]);
  const pageBytes = JSON.stringify(await arms["plain in-process"].images.list({ limit: PAGE })).length;
  await emulator.close();
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    loadAverage: os.loadavg()[0],
    runs: RUNS,
    pageSize: PAGE,
    goalImagesPerSecond: GOAL,
    onePageJsonMB: mb(pageBytes),
    memory,
    rows,
  };
  console.log(
    `\nimages.listAll() over ${IMAGES} images (+ the demo's visible ones) of a 2026-08 emulator in process, pages of ${PAGE}, median of ${RUNS} runs, load average ${os.loadavg()[0].toFixed(1)}\n`,
  );
  console.table(rows);
  console.log(
    `heap held across the iteration (gc at every page boundary), above the baseline: max ${memory.maxRetainedMB} MB, at the last page ${memory.lastRetainedMB} MB; one page as JSON: ${result.onePageJsonMB} MB`,
  );
  console.log(
    `goal ≥ ${GOAL} images/s through listAll (plain in-process, as the CLI): ${rows["plain in-process"].pass ? "PASS" : "FAIL"}`,
  );
  mkdirSync(`${root}/bench-results`, { recursive: true });
  writeFileSync(`${root}/bench-results/list-all.json`, `${JSON.stringify(result, null, 2)}\n`);
  console.log("wrote bench-results/list-all.json");
}

/** Median and best of RUNS timed runs after one warm-up. */
async function timed(run) {
  const seconds = [];
  let count = 0;
  for (let i = 0; i <= RUNS; i++) {
    const started = performance.now();
    count = await run();
    if (i > 0) seconds.push((performance.now() - started) / 1000);
  }
  const median = [...seconds].sort((a, b) => a - b)[Math.floor(seconds.length / 2)];
  return {
    images: count,
    pages: Math.ceil(count / PAGE),
    medianMs: Math.round(median * 1000),
    imagesPerSecond: Math.round(count / median),
    bestImagesPerSecond: Math.round(count / Math.min(...seconds)),
    pass: count / median >= GOAL,
  };
}

/**
 * What the iteration keeps alive: with a gc before each page's first image, the heap above the
 * baseline is the current page plus whatever earlier pages left behind (a leak would grow it page
 * after page). Needs --expose-gc; without it the figures include garbage.
 */
async function retainedHeap(client) {
  const gc = globalThis.gc ?? (() => {});
  gc();
  const base = process.memoryUsage().heapUsed;
  const samples = [];
  let count = 0;
  for await (const image of client.images.listAll({ limit: PAGE })) {
    if (count++ % PAGE === 1) {
      gc();
      samples.push(process.memoryUsage().heapUsed - base);
    }
    if (!image.id) throw new Error("no id");
  }
  return {
    gcExposed: !!globalThis.gc,
    pagesSampled: samples.length,
    maxRetainedMB: mb(Math.max(...samples)),
    lastRetainedMB: mb(samples.at(-1)),
    firstRetainedMB: mb(samples[0]),
  };
}

function mb(bytes) {
  return Math.round(bytes / 1e5) / 10;
}

await main();
