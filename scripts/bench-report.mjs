#!/usr/bin/env node
// Collects every package's benchmark result (bench-results/*.json, written by `pnpm bench`)
// into one report: bench-results/report.md, report.json and ratios.svg (goal attainment).
// Attainment = how far a metric is from its goal, always "≥ 1 meets the goal":
// goal / value for lower-is-better metrics, value / goal for higher-is-better ones.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = join(root, "bench-results");
const read = (path) => (existsSync(join(root, path)) ? JSON.parse(readFileSync(join(root, path), "utf8")) : null);

/** One row: a measured metric, its baseline and spread when there is one, and its goal. */
function row(suite, metric, { value, unit, spread, baseline, goal, better }) {
  const attainment =
    goal === undefined || value === undefined ? null : better === "lower" ? goal / Math.max(value, 1e-9) : value / goal;
  return {
    suite,
    metric,
    value,
    unit,
    spread: spread ?? null,
    baseline: baseline ?? null,
    goal: goal ?? null,
    better,
    attainment,
    pass: attainment === null ? null : attainment >= 1,
  };
}

const adapters = {
  cli(r) {
    const base = r.results.find((x) => x.name.startsWith("node"));
    const floors = r.results.filter((x) => x.name.startsWith("oclif floor"));
    const floorNote = floors
      .map((f) => `; ${f.name.replace("oclif floor", "bare oclif 4")} ${f.median} ms = node + ${f.delta} ms`)
      .join("");
    return r.results
      .filter((x) => x !== base && !floors.includes(x))
      .map((x) =>
        row("cli", `imgctl ${x.name} (Δ over node -e 0)`, {
          value: x.delta,
          unit: "ms",
          spread: `median ${x.median} ms, p90 ${x.p90} ms`,
          baseline: `node -e 0 ${base.median} ms${floorNote}`,
          goal: x.name === "help" ? 80 : 150,
          better: "lower",
        }),
      );
  },
  client(r) {
    const raw = r.loopback.find((x) => x.name === "fetch");
    const ours = r.loopback.find((x) => x.name === "@imgctl/client");
    return [
      row("client", "per-request overhead vs raw fetch", {
        value: r.overhead.us,
        unit: "µs",
        spread: `client median ${ours.medianUs} µs, p90 ${ours.p90Us} µs`,
        baseline: `fetch ${raw.medianUs} µs`,
        goal: r.overhead.goalUs,
        better: "lower",
      }),
      row("client", "per-request overhead vs raw fetch (%)", {
        value: r.overhead.pct,
        unit: "%",
        baseline: `fetch ${raw.medianUs} µs`,
        goal: r.overhead.goalPct,
        better: "lower",
      }),
      row("client", "bundle, minified", {
        value: r.bundle.minBytes,
        unit: "B",
        baseline: `openapi-fetch alone ${r.bundle.openapiFetchMinBytes} B`,
        goal: r.bundle.goalMinBytes,
        better: "lower",
      }),
      row("client", "bundle, gzipped", {
        value: r.bundle.gzipBytes,
        unit: "B",
        baseline: `openapi-fetch alone ${r.bundle.openapiFetchGzipBytes} B`,
        goal: r.bundle.goalGzipBytes,
        better: "lower",
      }),
    ];
  },
  emulator(r) {
    const byName = (prefix) => r.emulator.find((x) => x.name.startsWith(prefix));
    const prismOf = (what) => r.prism?.results?.find?.((x) => x.name.replace(/^prism: /, "").startsWith(what));
    const prismList = prismOf("list");
    const prismGet = prismOf("get");
    const rows = [];
    const list = byName("list");
    rows.push(
      row("emulator", "list 10k images, tenant-filtered", {
        value: list.reqPerSec,
        unit: "req/s",
        spread: `p50 ${list.p50Ms} ms, p99 ${list.p99Ms} ms`,
        baseline: prismList ? `Prism ${prismList.reqPerSec} req/s` : null,
        goal: r.goals.list.reqPerSec,
        better: "higher",
      }),
    );
    rows.push(
      row("emulator", "list p99 latency", { value: list.p99Ms, unit: "ms", goal: r.goals.list.p99Ms, better: "lower" }),
    );
    const get = byName("get");
    rows.push(
      row("emulator", "get by id", {
        value: get.reqPerSec,
        unit: "req/s",
        spread: `p50 ${get.p50Ms} ms, p99 ${get.p99Ms} ms`,
        baseline: prismGet ? `Prism ${prismGet.reqPerSec} req/s` : null,
        goal: r.goals.get.reqPerSec,
        better: "higher",
      }),
    );
    const create = byName("create");
    rows.push(
      row("emulator", "create (synchronous=FULL)", {
        value: create.reqPerSec,
        unit: "req/s",
        spread: `p50 ${create.p50Ms} ms, p99 ${create.p99Ms} ms`,
        goal: r.goals.create.reqPerSec,
        better: "higher",
      }),
    );
    rows.push(
      row("emulator", "ready with a 10k-image db", {
        value: r.readyMs.medianMs,
        unit: "ms",
        spread: `runs ${r.readyMs.runsMs.join(", ")} ms`,
        goal: r.goals.readyMs,
        better: "lower",
      }),
    );
    // Prism (mock mode, same spec, same run) has no goal: the ratio is reported as information.
    if (prismList)
      rows.push(
        row("emulator", "list throughput ÷ Prism mock", {
          value: Number((list.reqPerSec / prismList.reqPerSec).toFixed(2)),
          unit: "×",
          baseline: `Prism ${prismList.version ?? r.prism.version} ${prismList.reqPerSec} req/s`,
          better: "higher",
        }),
      );
    if (prismGet)
      rows.push(
        row("emulator", "get throughput ÷ Prism mock", {
          value: Number((get.reqPerSec / prismGet.reqPerSec).toFixed(2)),
          unit: "×",
          baseline: `Prism ${prismGet.reqPerSec} req/s`,
          better: "higher",
        }),
      );
    return rows;
  },
  policy(r) {
    const rows = [
      row("policy", "evaluations/s (20 keys × 10 rules)", {
        value: r.results.engine,
        unit: "eval/s",
        baseline: `hand-written ${r.results.handWritten}/s, ajv ${r.results.ajv}/s`,
        goal: r.target,
        better: "higher",
      }),
    ];
    return rows;
  },
  fleet(r) {
    const largest = r.sizes.at(-1);
    if (!largest.cli) return [];
    const rows = [
      row("fleet", `policy check --stream, ${largest.images.toLocaleString("en-US")} images / ${largest.pairs} pairs`, {
        value: largest.cli.imagesPerSecond,
        unit: "images/s",
        spread: `${largest.cli.seconds} s end to end, concurrency ${r.concurrency}`,
        baseline: `raw list (fetch + JSON.parse) ${largest.raw.imagesPerSecond} images/s`,
        goal: r.goals.imagesPerSecond,
        better: "higher",
      }),
      ...r.sizes.map((s) =>
        row("fleet", `CLI peak RSS, ${s.images.toLocaleString("en-US")} images`, {
          value: s.cli.peakRssMb,
          unit: "MB",
          goal: r.goals.peakRssMb,
          better: "lower",
        }),
      ),
    ];
    if (r.throttled)
      rows.push(
        row("fleet", "429 on 30 % of lists: time ÷ (clean + imposed waits ÷ concurrency)", {
          value: r.throttled.ratio,
          unit: "×",
          spread: `${r.throttled.seconds} s; ${r.throttled.hits429} × 429`,
          baseline: `clean ${r.throttled.cleanSeconds} s, expected ${r.throttled.expectedSeconds} s`,
          goal: r.goals.throttledRatio,
          better: "lower",
        }),
      );
    return rows;
  },
  policyCheck(r) {
    return [
      row("policy", "policy check over 10,000 images", {
        value: r.check10k.ms,
        unit: "ms",
        goal: 3000,
        better: "lower",
      }),
    ];
  },
};

const sources = {
  cli: "apps/cli/bench-results/cli.json",
  client: "packages/client/bench-results/client.json",
  emulator: "packages/emulator/bench-results/emulator.json",
  policy: "packages/metadata-policy/bench-results/policy.json",
  policyCheck: "packages/plugin-metadata-policy/bench-results/policy-check.json",
  fleet: "e2e/bench-results/fleet.json",
};

const rows = [];
const missing = [];
for (const [suite, path] of Object.entries(sources)) {
  const result = read(path);
  if (!result) missing.push(path);
  else {
    try {
      rows.push(...adapters[suite](result).map((r) => ({ ...r, measuredAt: result.date })));
    } catch (error) {
      missing.push(`${path} (unreadable: ${error.message})`);
    }
  }
}

const fmt = (v) =>
  v === null || v === undefined
    ? "–"
    : typeof v === "number"
      ? Math.abs(v) >= 100
        ? Math.round(v).toLocaleString("en-US")
        : String(Number(v.toFixed(2)))
      : String(v);
const md = [
  "# imgctl benchmark report",
  "",
  `Generated ${new Date().toISOString()} on Node ${process.version}. Each suite ran its baseline in the same run.`,
  "**attainment** = goal ÷ value for lower-is-better metrics, value ÷ goal for higher-is-better ones: ≥ 1 meets the goal.",
  "",
  "| suite | metric | value | baseline (same run) | spread | goal | attainment | |",
  "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ...rows.map(
    (r) =>
      `| ${r.suite} | ${r.metric} | ${fmt(r.value)} ${r.unit} | ${r.baseline ?? "–"} | ${r.spread ?? "–"} | ${r.goal === null ? "–" : `${r.better === "lower" ? "≤" : "≥"} ${fmt(r.goal)} ${r.unit}`} | ${fmt(r.attainment)} | ${r.pass === null ? "" : r.pass ? "✅" : "❌"} |`,
  ),
  "",
  ...(missing.length ? ["Missing results (run `pnpm bench`):", ...missing.map((m) => `- ${m}`), ""] : []),
  "![goal attainment](ratios.svg)",
  "",
];

function svg(rows) {
  const bars = rows.filter((r) => r.attainment !== null);
  const width = 760,
    left = 330,
    barH = 18,
    gap = 8,
    top = 30;
  const max = Math.max(2, ...bars.map((r) => Math.min(r.attainment, 10)));
  const x = (v) => left + ((width - left - 40) * Math.min(v, 10)) / max;
  const height = top + bars.length * (barH + gap) + 30;
  const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const items = bars.map((r, i) => {
    const y = top + i * (barH + gap);
    const color = r.pass ? "#2e7d32" : "#c62828";
    return (
      `<text x="${left - 8}" y="${y + 13}" text-anchor="end" font-size="12">${esc(`${r.suite}: ${r.metric}`)}</text>` +
      `<rect x="${left}" y="${y}" width="${Math.max(1, x(r.attainment) - left)}" height="${barH}" fill="${color}"/>` +
      `<text x="${x(r.attainment) + 4}" y="${y + 13}" font-size="11">${fmt(r.attainment)}×</text>`
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">` +
    `<rect width="100%" height="100%" fill="white"/>` +
    `<text x="10" y="18" font-size="14" font-weight="bold">Goal attainment (≥ 1 meets the goal)</text>` +
    items.join("") +
    `<line x1="${x(1)}" y1="${top - 6}" x2="${x(1)}" y2="${height - 20}" stroke="#333" stroke-dasharray="4 3"/>` +
    `<text x="${x(1)}" y="${height - 6}" font-size="11" text-anchor="middle">goal</text></svg>\n`
  );
}

mkdirSync(out, { recursive: true });
writeFileSync(join(out, "report.md"), md.join("\n"));
writeFileSync(
  join(out, "report.json"),
  JSON.stringify({ generatedAt: new Date().toISOString(), node: process.version, rows, missing }, null, 2) + "\n",
);
writeFileSync(join(out, "ratios.svg"), svg(rows));
console.log(md.join("\n"));
console.log(`wrote ${join("bench-results", "report.md")}, report.json and ratios.svg`);
