// Snapshot parsing: a 5,000-image `images list --json` snapshot (~11 MB) read by `policy check --input` (JSON.parse)
// next to the YAML parser it used before, in CPU seconds of this process (JSON best of 3, YAML one round; the machine is shared).
// Usage: node bench/parse-inputs.mjs (needs a build).
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { readSnapshot } from "../dist/lib/images.js";

const items = Array.from({ length: 25 }, (_, j) => ({ key: `key_${j}`, value: "v".repeat(50), read_only: false }));
const images = Array.from({ length: 5000 }, (_, i) => ({
  id: `6c1e0000-0000-4000-8000-${String(i).padStart(12, "0")}`,
  name: `image-${i}`,
  project_id: 10,
  region_id: 1,
  visibility: "private",
  status: "active",
  metadata_detailed: items,
}));
const file = join(mkdtempSync(join(tmpdir(), "mp-parse-")), "snapshot.json");
writeFileSync(file, JSON.stringify({ count: images.length, results: images }));

function cpuSeconds(fn, rounds = 3) {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const start = process.cpuUsage();
    fn();
    const { user, system } = process.cpuUsage(start);
    best = Math.min(best, (user + system) / 1e6);
  }
  return best;
}

const mb = (statSync(file).size / 1e6).toFixed(1);
const yaml = cpuSeconds(() => parse(readFileSync(file, "utf8")), 1);
const json = cpuSeconds(() => readSnapshot(file));
console.log(`snapshot: 5000 images, ${mb} MB`);
console.log(`YAML parser (before): ${yaml.toFixed(2)} CPU-s`);
console.log(`readSnapshot, JSON.parse (now): ${json.toFixed(2)} CPU-s (${(yaml / json).toFixed(0)}x)`);
