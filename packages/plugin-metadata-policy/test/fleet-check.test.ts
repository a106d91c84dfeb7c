// `policy check` over a fleet on the local profile's in-process emulator: error rows, streaming, the final document,
// SARIF and JUnit from compact results, and resume from a state file.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import PolicyCheck from "../src/commands/policy/check.js";
import { freshFleet, runCommand } from "./fleet-env.js";

let env: { dir: string; policy: string };
beforeAll(async () => {
  env = await freshFleet();
});
const check = (...args: string[]) => runCommand(PolicyCheck, ["--policy", env.policy, ...args]);
// 10 and 11 are alpha's; 20 is beta's, which alpha's key cannot see (404): an error row for each of its regions.
const FLEET = ["--project", "10,11,20", "--region", "1-2"];
/** A report without the error rows' request ids (each request gets a new one). */
const withoutRequestIds = (json: string) => json.replace(/"requestId": "[^"]*"/g, '"requestId": "-"');

describe("policy check across a fleet", () => {
  it("reports every pair, an error row for each pair the key cannot see, and exits 4", async () => {
    const { stdout, exit } = await check(...FLEET, "--format", "json");
    expect(exit).toBe(4);
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({ schemaVersion: "1", kind: "fleet", tool: { name: "metadata-policy" } });
    expect(doc.policy.digest).toMatch(/^sha256:/);
    expect(doc.pairs.map((p: { project: number; region: number }) => `${p.project}/${p.region}`)).toEqual([
      "10/1",
      "10/2",
      "11/1",
      "11/2",
      "20/1",
      "20/2",
    ]);
    expect(doc.pairs[0]).toEqual({
      project: 10,
      region: 1,
      images: 3,
      pass: 1,
      fail: 1,
      warn: 1,
      skippedPublic: 1,
      suppressed: 0,
    });
    expect(doc.pairs[4]).toMatchObject({
      project: 20,
      region: 1,
      error: { status: 404, code: "NotFoundError", message: "Project 20 not found" },
    });
    expect(doc.pairs[4].error.requestId).toMatch(/\S/);
    expect(doc.summary).toEqual({
      pairs: 6,
      pairsDone: 4,
      pairsFailed: 2,
      images: 12,
      pass: 4,
      fail: 4,
      warn: 4,
      findings: 12,
      suppressed: 0,
      skippedPublic: 2,
      exitCode: 4,
    });
    // Per failing image: owner missing and cost_center missing (deny); per qa image: env not allowed (warn).
    expect(doc.findings[0]).toEqual({
      project: 10,
      region: 1,
      imageId: "44444444-0000-4000-8000-000010010002",
      imageName: "bad-10-1",
      ruleId: "owner-required",
      layer: "org",
      key: "owner",
      reason: "missing",
      enforcement: "deny",
      fixable: false,
      readOnly: false,
      message: expect.stringContaining("owner"),
    });
  });

  it("writes the document a finding at a time, byte for byte what --json prints; --max-findings cuts the list", async () => {
    const written = await check(...FLEET, "--format", "json");
    const printed = await check(...FLEET, "--json");
    expect(printed.exit).toBe(4);
    expect(withoutRequestIds(written.stdout)).toBe(withoutRequestIds(printed.stdout));
    const cut = await check(...FLEET, "--format", "json", "--max-findings", "2");
    expect(withoutRequestIds(cut.stdout)).toBe(
      withoutRequestIds((await check(...FLEET, "--json", "--max-findings", "2")).stdout),
    );
    const doc = JSON.parse(cut.stdout);
    expect(doc.findings).toHaveLength(2);
    expect(doc.truncated).toBe(true);
    expect(doc.summary.findings).toBe(12);
    const none = JSON.parse((await check(...FLEET, "--format", "json", "--max-findings", "0")).stdout);
    expect(none.findings).toEqual([]);
    // The table still counts every finding of a pair.
    expect((await check(...FLEET, "--max-findings", "0")).stdout).toMatch(/^10\s+1\s+3\s+1\s+1\s+1\s+3$/m);
  });

  it("gives the same report in 2026-08 (pages of listAll) as in 2025-04 (one list call)", async () => {
    const seed = await check(...FLEET, "--format", "json");
    const paged = await check(...FLEET, "--format", "json", "--api-version", "2026-08");
    expect(paged.exit).toBe(4);
    expect(withoutRequestIds(paged.stdout)).toBe(withoutRequestIds(seed.stdout));
  });

  it("exits 1 (violations) when every pair is read, 0 with --fail-on never", async () => {
    expect((await check("--project", "10,11", "--region", "1,3")).exit).toBe(1);
    expect((await check("--project", "10,11", "--region", "1,3", "--fail-on", "never")).exit).toBe(0);
  });

  it("prints a row per pair and the totals as a table", async () => {
    const { stdout, exit } = await check(...FLEET);
    expect(exit).toBe(4);
    expect(stdout).toMatch(/^10\s+1\s+3\s+1\s+1\s+1\s+3$/m);
    expect(stdout).toMatch(/^20\s+2\s+-\s+-\s+-\s+-\s+error: 404 Project 20 not found$/m);
    expect(stdout).toContain("6 pairs: 4 scanned, 2 failed (scan incomplete); 12 images: 4 fail, 4 warn, 4 pass");
  });

  it("--stream writes a JSON line per pair as it finishes, then the summary", async () => {
    const { stdout, exit } = await check(...FLEET, "--format", "json", "--stream", "--concurrency", "2");
    expect(exit).toBe(4);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(7);
    expect(
      lines
        .slice(0, 6)
        .map((l) => l.type)
        .sort(),
    ).toEqual(["error", "error", "pair", "pair", "pair", "pair"]);
    const pair = lines.find((l) => l.type === "pair" && l.project === 11 && l.region === 2);
    expect(pair).toMatchObject({ images: 3, pass: 1, fail: 1, warn: 1, skippedPublic: 0, suppressed: 0 });
    expect(pair.findings).toHaveLength(3);
    expect(lines.find((l) => l.type === "error" && l.project === 20 && l.region === 2).error.status).toBe(404);
    expect(lines[6]).toEqual({
      type: "summary",
      pairs: 6,
      pairsDone: 4,
      pairsFailed: 2,
      images: 12,
      pass: 4,
      fail: 4,
      warn: 4,
      findings: 12,
      suppressed: 0,
      skippedPublic: 2,
      exitCode: 4,
    });
  });

  it("writes SARIF from the compact results: a result per finding at project/region/image, failed pairs as notifications", async () => {
    const out = join(env.dir, "fleet.sarif");
    expect((await check(...FLEET, "--format", "sarif", "-o", out)).exit).toBe(4);
    const run = JSON.parse(readFileSync(out, "utf8")).runs[0];
    expect(run.results).toHaveLength(12);
    const first = run.results[0];
    expect(first.ruleId).toBe("owner-required");
    expect(first.locations[0].logicalLocations[0].fullyQualifiedName).toBe(
      "10/1/images/44444444-0000-4000-8000-000010010002/metadata/owner",
    );
    expect(first.locations[0].physicalLocation.artifactLocation.uri).toMatch(/policy\.yaml$/);
    expect(first.locations[0].physicalLocation.region.startLine).toBe(6);
    expect(first.partialFingerprints["imgctlFinding/v1"]).toMatch(/^[0-9a-f]{64}$/);
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(
      run.invocations[0].toolExecutionNotifications.map((n: { message: { text: string } }) => n.message.text),
    ).toEqual(["20/1: 404 Project 20 not found", "20/2: 404 Project 20 not found"]);
  });

  it("writes JUnit from the compact results: a suite per pair, a case per image with findings, an error case per failed pair", async () => {
    const { stdout } = await check(...FLEET, "--format", "junit");
    expect(stdout).toContain(
      '<testsuites name="metadata-policy fleet" tests="10" failures="4" errors="2" skipped="0">',
    );
    expect(stdout).toContain('<testsuite name="10/1" tests="2" failures="1" errors="0" skipped="0" images="3">');
    expect(stdout).toMatch(/<testcase classname="10\/1" name="bad-10-1 \([^)]+\)"><failure message="[^"]*owner/);
    expect(stdout).toMatch(/<testcase classname="10\/1" name="qa-10-1 \([^)]+\)"><system-out>warn: env-values env:/);
    expect(stdout).toContain(
      '<testcase classname="20/1" name="list images"><error message="404 Project 20 not found" type="NotFoundError">404 Project 20 not found</error></testcase>',
    );
  });

  it("resumes from a state file: finished pairs are replayed, the report equals a clean run's", async () => {
    const clean = await check(...FLEET, "--format", "json");
    const state = join(env.dir, "resume.state");
    const first = await check(...FLEET, "--format", "json", "--state", state);
    expect(withoutRequestIds(first.stdout)).toBe(withoutRequestIds(clean.stdout));
    // As if the run had been killed after two pairs, mid-way through writing the third line.
    const lines = readFileSync(state, "utf8").split("\n");
    expect(lines).toHaveLength(6); // the header, 4 pairs (error rows are not recorded), and the final newline
    writeFileSync(state, `${lines.slice(0, 3).join("\n")}\n${lines[3]!.slice(0, 20)}`);
    const resumed = await check(...FLEET, "--format", "json", "--state", state);
    expect(resumed.exit).toBe(4);
    expect(withoutRequestIds(resumed.stdout)).toBe(withoutRequestIds(clean.stdout));
    // The torn line was cut off and the two pairs scanned again were appended after it.
    const after = readFileSync(state, "utf8").trim().split("\n");
    expect(after).toHaveLength(5);
    for (const l of after) JSON.parse(l);
  });

  it("does not scan a pair the state file has finished: its stored result is what the report shows", async () => {
    const state = join(env.dir, "replay.state");
    await check("--project", "10", "--region", "1,2", "--format", "json", "--state", state);
    const [header, ...done] = readFileSync(state, "utf8").trim().split("\n");
    const stored = done.map((l) => JSON.parse(l)).find((r) => r.region === 2);
    writeFileSync(state, `${header}\n${JSON.stringify({ ...stored, images: 99 })}\n`);
    const doc = JSON.parse(
      (await check("--project", "10", "--region", "1,2", "--format", "json", "--state", state)).stdout,
    );
    expect(doc.pairs.map((p: { images: number }) => p.images)).toEqual([3, 99]);
  });

  it("--project all on the local profile scans every project the key may read, in every region", async () => {
    const { stdout, exit } = await check("--project", "all", "--region", "all", "--format", "json");
    expect(exit).toBe(1);
    const doc = JSON.parse(stdout);
    // Alpha's projects 10 and 11 × regions 1, 2, 3: not 1 (the system project) or 20 (beta's), which alpha's key
    // cannot read — listing them would only add error rows and make every `all` scan incomplete.
    expect(doc.pairs.map((p: { project: number; region: number }) => `${p.project}/${p.region}`)).toEqual([
      "10/1",
      "10/2",
      "10/3",
      "11/1",
      "11/2",
      "11/3",
    ]);
    expect(doc.summary.pairsFailed).toBe(0);
    expect(doc.summary.images).toBe(18);
  });

  it("one pair without fleet flags is today's report", async () => {
    const { stdout, exit } = await check("--project", "10", "--region", "1", "--format", "json");
    expect(exit).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.kind).toBeUndefined();
    expect(report.results.map((r: { image: { name: string } }) => r.image.name)).toEqual([
      "ok-10-1",
      "bad-10-1",
      "qa-10-1",
    ]);
  });
});
