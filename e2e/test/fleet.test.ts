// A fleet scan end to end: the real CLI binary (`imgctl policy check` over 20 project × region pairs) against the real
// `imgctl-emulator` over HTTP, with faults: 429 + Retry-After on 30 % of the list calls (seeded), one pair answering
// 503 throughout, one dropped connection. Every other pair completes, the failing pair is an error row, the exit code
// is 4 (incomplete); a run killed with SIGINT mid-scan exits 130 and a rerun with the same --state gives the findings
// of a clean run. Once per API generation (2026-08 pages its lists; 2025-04 answers each pair in one call).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CLI_BIN,
  type EmulatorProcess,
  FLEET_KEY,
  FLEET_POLICY,
  fleetFixture,
  startEmulatorProcess,
} from "../lib/fleet-emulator.mjs";

const NOW = "2026-06-01T00:00:00Z";
const PAIRS = 20;
const DOWN = { project: 105, region: 2 };
/** Retry-After in milliseconds (the client honours retry-after-ms first) keeps the file fast. */
const THROTTLE = "operationId=imagesList,status=429,retryAfterMs=100,rate=0.3,seed=16";
const DROP = "operationId=imagesList,drop,times=1";
const DOWN_RULE = `path=^/cloud/v1/images/${DOWN.project}/${DOWN.region}$,status=503,retryAfterMs=20`;
const SELECTION = ["--project", "100-109", "--region", "1,2", "--format", "json", "--stream", "--now", NOW];

interface Line {
  type: "pair" | "error" | "summary";
  project?: number;
  region?: number;
  [key: string]: unknown;
}
interface Run {
  code: number | null;
  lines: Line[];
  stderr: string;
}

const home = mkdtempSync(join(tmpdir(), "imgctl-fleet-e2e-"));
const policyFile = join(home, "policy.yaml");
const fixtureFile = join(home, "fleet.json");
writeFileSync(policyFile, FLEET_POLICY);
// 10 images per pair, 27 % of them with findings (see FLEET_METADATA).
writeFileSync(fixtureFile, JSON.stringify(fleetFixture({ images: 200, projects: 10, regions: 2 })));

/** The CLI's environment: a config directory of its own, no GCORE_* / IMGCTL_* from the caller's shell. */
const cliEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !k.startsWith("GCORE_") && !k.startsWith("IMGCTL_")),
);
Object.assign(cliEnv, { XDG_CONFIG_HOME: join(home, "config"), XDG_DATA_HOME: join(home, "data"), NO_COLOR: "1" });

/** Runs the CLI binary; `onLine` sees each stdout line as it arrives (with the child, to signal it). */
function imgctl(args: string[], opts: { stdin?: string; onLine?: (line: Line, child: ChildProcess) => void } = {}) {
  const child = spawn(process.execPath, [CLI_BIN, ...args], { env: cliEnv, stdio: ["pipe", "pipe", "pipe"] });
  child.stdin.end(opts.stdin ?? "");
  const lines: Line[] = [];
  let pending = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    pending += chunk;
    let nl: number;
    while ((nl = pending.indexOf("\n")) >= 0) {
      const text = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      // JSON Lines from the scans; `config set` prints a sentence.
      if (!text.startsWith("{")) continue;
      const line = JSON.parse(text) as Line;
      lines.push(line);
      opts.onLine?.(line, child);
    }
  });
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
  return new Promise<Run>((resolve) => child.once("close", (code) => resolve({ code, lines, stderr })));
}

const key = (l: { project?: number; region?: number }) => `${l.project}/${l.region}`;
const byPair = (lines: Line[]) => new Map(lines.filter((l) => l.type === "pair").map((l) => [key(l), l]));
/** Every finding of a run, with its pair, in a stable order. */
const findingsOf = (lines: Line[]) =>
  lines
    .filter((l) => l.type === "pair")
    .flatMap((l) => ((l.findings as object[] | undefined) ?? []).map((f) => JSON.stringify({ pair: key(l), ...f })))
    .sort();
const summaryOf = (run: Run) => run.lines.find((l) => l.type === "summary");

for (const apiVersion of ["2026-08", "2025-04"] as const) {
  describe(`fleet scan over HTTP, ${apiVersion}`, () => {
    const profile = `fleet-${apiVersion}`;
    let faulty: EmulatorProcess;
    let throttled: EmulatorProcess;
    let clean: EmulatorProcess;
    let cleanRun: Run;

    beforeAll(async () => {
      [faulty, throttled, clean] = await Promise.all([
        startEmulatorProcess({ fixture: fixtureFile, apiVersion, faults: [DOWN_RULE, DROP, THROTTLE] }),
        // Latency keeps the scan slow enough to be interrupted after its first pair.
        startEmulatorProcess({ fixture: fixtureFile, apiVersion, faults: [DROP, THROTTLE], latencyMs: 100 }),
        startEmulatorProcess({ fixture: fixtureFile, apiVersion }),
      ]);
      // A profile as a user makes one: the faulty emulator's URL, the key from stdin, the policy, the generation.
      for (const [setting, value, stdin] of [
        ["api-url", faulty.url],
        ["api-key", "-", FLEET_KEY],
        ["policy", policyFile],
        ["api-version", apiVersion],
      ] as const) {
        const set = await imgctl(["config", "set", setting, value, "--profile", profile], { stdin });
        expect(set.code, set.stderr).toBe(0);
      }
      cleanRun = await imgctl(["policy", "check", "--profile", profile, "--api-url", clean.url, ...SELECTION]);
    });
    afterAll(async () => {
      await Promise.all([faulty, throttled, clean].map((e) => e?.stop()));
    });

    it("a clean run: every pair, 27 % of the images with findings, exit 1 (deny findings)", () => {
      expect(cleanRun.code, cleanRun.stderr).toBe(1);
      expect(byPair(cleanRun.lines).size).toBe(PAIRS);
      expect(summaryOf(cleanRun)).toMatchObject({ pairs: 20, pairsDone: 20, pairsFailed: 0, images: 200, exitCode: 1 });
      // Images i ≡ 5, 8 (deny) and 10 (warn) mod 11: 18 + 18 + 18 of 0…199.
      expect(summaryOf(cleanRun)).toMatchObject({ fail: 36, warn: 18, findings: 54 });
    });

    it("429s, a dropped connection and a pair down: the others complete, the pair is an error row, exit 4", async () => {
      const run = await imgctl(["policy", "check", "--profile", profile, ...SELECTION]);
      expect(run.code, run.stderr).toBe(4);
      const pairs = byPair(run.lines);
      const reference = byPair(cleanRun.lines);
      expect(pairs.size).toBe(PAIRS - 1);
      for (const [pair, line] of pairs) expect(line, pair).toEqual(reference.get(pair));
      const errors = run.lines.filter((l) => l.type === "error");
      expect(errors).toEqual([
        {
          type: "error",
          ...DOWN,
          error: expect.objectContaining({ status: 503, code: "ServiceUnavailable", requestId: expect.any(String) }),
        },
      ]);
      expect(summaryOf(run)).toMatchObject({ pairs: 20, pairsDone: 19, pairsFailed: 1, exitCode: 4 });
      // The faults happened: the pair's list 1 + 8 retries (fleet default), the drop once, some 429s.
      const { faultHits } = await faulty.stop();
      expect(faultHits.map((h) => h.hits)).toEqual([9, 1, expect.any(Number)]);
      expect(faultHits[2]!.hits).toBeGreaterThan(0);
    });

    it("SIGINT mid-scan exits 130 with a state file; the resumed run gives the clean run's findings", async () => {
      const state = join(home, `scan-${apiVersion}.state`);
      const args = ["policy", "check", "--profile", profile, "--api-url", throttled.url, ...SELECTION];
      args.push("--state", state, "--concurrency", "2");
      let signalled = false;
      const interrupted = await imgctl(args, {
        onLine: (line, child) => {
          if (line.type !== "pair" || signalled) return;
          signalled = true;
          child.kill("SIGINT");
        },
      });
      expect(signalled).toBe(true);
      expect(interrupted.code, interrupted.stderr).toBe(130);
      const [header, ...done] = readFileSync(state, "utf8")
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(header).toMatchObject({ kind: "imgctl-fleet-state", version: 1, command: "check", apiVersion });
      expect(header.pairs).toHaveLength(PAIRS);
      // Stopped mid-scan: some pairs recorded, not all.
      expect(done.length).toBeGreaterThanOrEqual(1);
      expect(done.length).toBeLessThan(PAIRS);

      const resumed = await imgctl(args);
      expect(resumed.code, resumed.stderr).toBe(1);
      expect(byPair(resumed.lines).size).toBe(PAIRS);
      expect(findingsOf(resumed.lines)).toEqual(findingsOf(cleanRun.lines));
      expect(summaryOf(resumed)).toEqual(summaryOf(cleanRun));
      const recorded = readFileSync(state, "utf8").trimEnd().split("\n");
      expect(recorded).toHaveLength(1 + PAIRS);
    });
  });
}
