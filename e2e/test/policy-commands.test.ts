// The policy plugin's commands end to end: the built plugin and the built CLI against the emulator over loopback.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv } from "ajv";
import { readCase } from "@imgctl/metadata-policy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countingProxy } from "../lib/counting-proxy.js";
import { cliRoot, exitOf, fixturesDir, startEmulator } from "../lib/policy-env.js";

const sarifSchema = JSON.parse(readFileSync(new URL("./schemas/sarif-2.1.0-rtm.5.json", import.meta.url), "utf8"));
sarifSchema.$id = sarifSchema.id;
delete sarifSchema.id;
delete sarifSchema.$schema;
const validateSarifSchema = new Ajv({
  strict: false,
  allErrors: true,
  validateFormats: false,
  unicodeRegExp: false,
}).compile(sarifSchema);

/** GitHub code scanning's upload requirements for third-party SARIF, beyond the OASIS schema, one assertion each. */
// SARIF is read as untyped JSON here.
function expectCodeScanningUpload(sarif: any): void {
  // The upload accepts SARIF 2.1.0 only, with at least one run.
  expect(sarif.version).toBe("2.1.0");
  expect(sarif.runs.length).toBeGreaterThan(0);
  for (const run of sarif.runs) {
    // runs[].tool.driver.name is required: it names the tool the alerts come from.
    expect(typeof run.tool.driver.name).toBe("string");
    expect(run.tool.driver.name.length).toBeGreaterThan(0);
    const ruleIds: string[] = (run.tool.driver.rules ?? []).map((r: any) => r.id);
    // Rule ids are unique: an alert's rule metadata comes from the one reportingDescriptor with its ruleId.
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    // At most 25,000 results per run are kept.
    expect(run.results.length).toBeLessThanOrEqual(25_000);
    const identities = new Set<string>();
    for (const result of run.results) {
      // ruleId is required and must be a rule of tool.driver.rules (and ruleIndex, if given, must point at it).
      expect(ruleIds, result.ruleId).toContain(result.ruleId);
      if (result.ruleIndex !== undefined) expect(ruleIds[result.ruleIndex]).toBe(result.ruleId);
      // message.text is required: it is the alert's text.
      expect(typeof result.message?.text).toBe("string");
      expect(result.message.text.length).toBeGreaterThan(0);
      // level, if given, is one of SARIF's four.
      if (result.level !== undefined) expect(["none", "note", "warning", "error"]).toContain(result.level);
      // Every result needs a location with a physicalLocation and artifactLocation.uri (an alert sits on a file line).
      expect(result.locations?.length ?? 0, `${result.ruleId}: no locations`).toBeGreaterThan(0);
      expect(result.locations.length).toBeLessThanOrEqual(1000);
      const physical = result.locations[0].physicalLocation;
      expect(physical?.artifactLocation?.uri, `${result.ruleId}: no physicalLocation.artifactLocation.uri`).toBeTypeOf(
        "string",
      );
      const { uri, uriBaseId } = physical.artifactLocation;
      // The uri is relative to the repository root (forward slashes, no "..", its uriBaseId declared), or a file: URI.
      if (/^[a-z][a-z0-9+.-]*:/i.test(uri)) expect(uri.startsWith("file:///")).toBe(true);
      else {
        expect(uri).not.toMatch(/^\/|\\|(^|\/)\.\.(\/|$)/);
        if (uriBaseId !== undefined) expect(run.originalUriBaseIds?.[uriBaseId]?.uri).toMatch(/^file:\/\/\/.*\/$/);
      }
      // region.startLine, when given, is a 1-based line.
      if (physical.region) expect(physical.region.startLine).toBeGreaterThanOrEqual(1);
      // De-duplication: results on the same rule and line must differ in their fingerprints, or they become one alert.
      if (result.kind === "notApplicable") continue;
      const identity = JSON.stringify([
        result.ruleId,
        uri,
        physical.region?.startLine,
        result.partialFingerprints ?? result.message.text,
      ]);
      expect(identities.has(identity), `duplicate alert identity ${identity}`).toBe(false);
      identities.add(identity);
    }
  }
}

let env: Awaited<ReturnType<typeof startEmulator>>;
beforeAll(async () => {
  env = await startEmulator();
});
afterAll(async () => env?.close());

describe("policy commands against the emulator", () => {
  it("check on the demo data: the private image misses cost_center, public images pass (exit 1)", async () => {
    const { stdout, error } = await env.run([
      "policy",
      "check",
      "--policy",
      env.policyPath,
      ...env.conn,
      "--format",
      "json",
    ]);
    expect(exitOf(error)).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.schemaVersion).toBe("1");
    const golden = report.results.find((r: { image: { name: string } }) => r.image.name === "alpha-web-golden");
    expect(golden.verdict).toBe("fail");
    expect(golden.findings.map((f: { ruleId: string; key: string }) => `${f.ruleId}:${f.key}`)).toEqual([
      "cost-center-default:cost_center",
    ]);
    // Public images of other projects are left out by default (only their owner can change them), and counted.
    const isPublic = (r: { image: { visibility: string } }) => r.image.visibility === "public";
    expect(report.results.filter(isPublic)).toEqual([]);
    expect(report.summary.skippedPublic).toBeGreaterThan(0);
    const table = await env.run(["policy", "check", "--policy", env.policyPath, ...env.conn]);
    expect(table.stdout).toContain(
      `; ${report.summary.skippedPublic} public images of other projects skipped (--include-public checks them)`,
    );
    const all = await env.run([
      "policy",
      "check",
      "--policy",
      env.policyPath,
      ...env.conn,
      "--format",
      "json",
      "--include-public",
    ]);
    const withPublic = JSON.parse(all.stdout);
    expect(withPublic.summary.skippedPublic).toBe(0);
    const publics = withPublic.results.filter(isPublic);
    expect(publics.length).toBe(report.summary.skippedPublic);
    expect(publics.every((r: { verdict: string }) => r.verdict === "pass")).toBe(true);
  });

  it("check on a snapshot: public images of projects other than the caller's are skipped; --image keeps what it names", async () => {
    const snapshot = join(env.dir, "mixed.json");
    const img = (id: string, project: number, visibility: string) => ({
      id,
      name: id,
      project_id: project,
      region_id: 1,
      visibility,
      metadata: { env: "dev" },
    });
    writeFileSync(
      snapshot,
      JSON.stringify([
        img("own-private", 10, "private"),
        img("own-public", 10, "public"),
        img("os-image", 1, "public"),
      ]),
    );
    const ids = async (args: string[]) =>
      JSON.parse(
        (
          await env.run([
            "policy",
            "check",
            "--policy",
            env.policyPath,
            "--input",
            snapshot,
            "--format",
            "json",
            "--fail-on",
            "never",
            ...args,
          ])
        ).stdout,
      );
    const withProject = await ids(["--project", "10"]);
    expect(withProject.results.map((r: { image: { id: string } }) => r.image.id)).toEqual([
      "own-private",
      "own-public",
    ]);
    expect(withProject.summary.skippedPublic).toBe(1);
    const otherProject = await ids(["--project", "99"]);
    expect(otherProject.results.map((r: { image: { id: string } }) => r.image.id)).toEqual(["own-private"]);
    expect(otherProject.summary.skippedPublic).toBe(2);
    expect((await ids(["--image", "os-image"])).results.map((r: { image: { id: string } }) => r.image.id)).toEqual([
      "os-image",
    ]);
  });

  it("fix --dry-run shows the plan and exits 1; fix --yes applies it; check is then clean (exit 0)", async () => {
    const dry = await env.run([
      "policy",
      "fix",
      "--policy",
      env.policyPath,
      ...env.conn,
      "--dry-run",
      "--format",
      "json",
    ]);
    expect(exitOf(dry.error)).toBe(1);
    const plan = JSON.parse(dry.stdout);
    expect(plan.plans[0].operations).toMatchObject([{ op: "add", key: "cost_center", value: "unassigned" }]);
    const fixed = await env.run(["policy", "fix", "--policy", env.policyPath, ...env.conn, "--yes"]);
    expect(exitOf(fixed.error)).toBe(0);
    expect(fixed.stdout).toContain("applied to 1 images");
    const check = await env.run(["policy", "check", "--policy", env.policyPath, ...env.conn]);
    expect(exitOf(check.error)).toBe(0);
    expect(check.stdout).toMatch(/0 fail/);
    const again = await env.run(["policy", "fix", "--policy", env.policyPath, ...env.conn, "--dry-run"]);
    expect(exitOf(again.error)).toBe(0);
  });

  it("check writes SARIF 2.1.0 that validates against the OASIS schema, with waivers as suppressions", async () => {
    const policy = join(env.dir, "waived.yaml");
    writeFileSync(
      policy,
      readFileSync(env.policyPath, "utf8") +
        `    - { id: team-required, type: required, keys: [team], match: { visibility: [private] } }
  waivers:
    - { id: WVR-1, rules: [team-required], category: waiver, reason: "team assigned in Q3", expires: "2099-01-01" }
`,
    );
    const { error } = await env.run([
      "policy",
      "check",
      "--policy",
      policy,
      ...env.conn,
      "--format",
      "sarif",
      "-o",
      join(env.dir, "out.sarif"),
      "--now",
      "2098-06-01T00:00:00Z",
      "--sarif-include-pass",
    ]);
    expect(exitOf(error)).toBe(0);
    const sarif = JSON.parse(readFileSync(join(env.dir, "out.sarif"), "utf8"));
    expect(validateSarifSchema(sarif), JSON.stringify(validateSarifSchema.errors?.slice(0, 3))).toBe(true);
    const results = sarif.runs[0].results;
    expect(
      results.find((r: { ruleId: string; kind: string }) => r.ruleId === "team-required" && r.kind === "fail")
        .suppressions[0],
    ).toMatchObject({ kind: "external", status: "accepted" });
    expect(results.some((r: { kind: string }) => r.kind === "notApplicable")).toBe(true);
    expectCodeScanningUpload(sarif);
  });

  it("check SARIF places every result on the violated rule's line in the policy (relative path), the image as a logical location", async () => {
    const dir = join(env.dir, "repo");
    mkdirSync(join(dir, "policies"), { recursive: true });
    writeFileSync(
      join(dir, "policies", "org.yaml"),
      `${readFileSync(env.policyPath, "utf8")}    - { id: team-required, type: required, keys: [team], match: { visibility: [private] } }\n`,
    );
    const cwd = process.cwd();
    process.chdir(dir);
    let out: Awaited<ReturnType<typeof env.run>>;
    try {
      out = await env.run([
        "policy",
        "check",
        "-p",
        "policies/org.yaml",
        ...env.conn,
        "--format",
        "sarif",
        "--sarif-include-pass",
      ]);
    } finally {
      process.chdir(cwd);
    }
    expect(exitOf(out.error)).toBe(1);
    const sarif = JSON.parse(out.stdout);
    expect(validateSarifSchema(sarif), JSON.stringify(validateSarifSchema.errors?.slice(0, 3))).toBe(true);
    expectCodeScanningUpload(sarif);
    const missing = sarif.runs[0].results.find(
      (r: { ruleId: string; kind: string }) => r.ruleId === "team-required" && r.kind === "fail",
    );
    // team-required is appended after the last line of DEMO_POLICY (which ends with a newline).
    const appendedLine = readFileSync(env.policyPath, "utf8").split("\n").length;
    expect(missing.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "policies/org.yaml", uriBaseId: "%SRCROOT%" },
      region: { startLine: appendedLine },
    });
    expect(missing.locations[0].logicalLocations[0].fullyQualifiedName).toMatch(
      /^10\/1\/images\/[^/]+\/metadata\/team$/,
    );
    expect(missing.message.text).toMatch(/^alpha-web-golden \(/);
  });

  it("check renders junit, github and markdown from an offline snapshot", async () => {
    const snapshot = join(env.dir, "snapshot.json");
    writeFileSync(
      snapshot,
      JSON.stringify({
        results: [
          {
            id: "i-1",
            name: "bad",
            project_id: 10,
            region_id: 1,
            visibility: "private",
            metadata_detailed: [
              { key: "env", value: "qa", read_only: false },
              { key: "db_password", value: "x", read_only: false },
            ],
          },
        ],
      }),
    );
    const junit = await env.run([
      "policy",
      "check",
      "--policy",
      env.policyPath,
      "--input",
      snapshot,
      "--format",
      "junit",
    ]);
    expect(exitOf(junit.error)).toBe(1);
    expect(junit.stdout).toContain('<testcase classname="bad (i-1)" name="owner-required"><failure');
    const gh = await env.run([
      "policy",
      "check",
      "--policy",
      env.policyPath,
      "--input",
      snapshot,
      "--format",
      "github",
    ]);
    expect(gh.stdout).toMatch(
      /^::error title=no-secrets \(bad \(i-1\)\)::bad \(i-1\): key "db_password" is forbidden$/m,
    );
    const sev = join(env.dir, "severity.yaml");
    writeFileSync(
      sev,
      readFileSync(env.policyPath, "utf8").replace("{ id: no-secrets,", "{ id: no-secrets, severity: critical,"),
    );
    const hard = await env.run([
      "policy",
      "check",
      "--policy",
      sev,
      "--input",
      snapshot,
      "--fail-on-severity",
      "critical",
    ]);
    expect(exitOf(hard.error)).toBe(1);
    const clean = join(env.dir, "clean.json");
    writeFileSync(
      clean,
      JSON.stringify([
        { id: "i-2", name: "ok", project_id: 10, region_id: 1, visibility: "private", metadata: { env: "qa" } },
      ]),
    );
    const soft = await env.run([
      "policy",
      "check",
      "--policy",
      sev,
      "--input",
      clean,
      "--fail-on-severity",
      "critical",
    ]);
    expect(exitOf(soft.error)).toBe(0);
    // Each markdown row is marked by its finding's level: a warning on a failing image is not a failure.
    const warnPolicy = join(env.dir, "warn.yaml");
    writeFileSync(
      warnPolicy,
      `${readFileSync(env.policyPath, "utf8")}    - { id: team-wanted, type: required, keys: [team], enforcement: warn }\n`,
    );
    const md = await env.run([
      "policy",
      "check",
      "--policy",
      warnPolicy,
      "--input",
      snapshot,
      "--format",
      "markdown",
      "--fail-on",
      "never",
    ]);
    expect(exitOf(md.error)).toBe(0);
    expect(md.stdout).toContain("| ❌ fail | bad (i-1) | `env-values` | env | value-not-allowed |");
    expect(md.stdout).toContain("| ⚠️ warn | bad (i-1) | `team-wanted` | team | missing |");
  });

  it("fix refuses to touch more images than --max-images (exit 2), and --max-findings truncates but keeps totals", async () => {
    const snapshot = join(env.dir, "two.json");
    const img = (id: string) => ({
      id,
      name: id,
      project_id: 10,
      region_id: 1,
      visibility: "private",
      metadata: { owner: "o", env: "dev" },
    });
    writeFileSync(snapshot, JSON.stringify([img("a"), img("b")]));
    const r = await env.run(["policy", "fix", "--policy", env.policyPath, "--input", snapshot, "--max-images", "1"]);
    expect(exitOf(r.error)).toBe(2);
    expect(r.error?.message).toMatch(/would change 2 images, more than --max-images 1/);
    const p = await env.run(["policy", "fix", "--policy", env.policyPath, "--input", snapshot, "--max-percent", "50"]);
    expect(exitOf(p.error)).toBe(2);
    expect(p.error?.message).toMatch(/2 of 2 images, more than --max-percent 50/);
    const c = await env.run([
      "policy",
      "check",
      "--policy",
      env.policyPath,
      "--input",
      snapshot,
      "--max-findings",
      "1",
      "--format",
      "json",
    ]);
    const report = JSON.parse(c.stdout);
    expect(report.truncated).toBe(true);
    expect(report.totalFindings).toBe(2);
    expect(report.results.flatMap((x: { findings: unknown[] }) => x.findings)).toHaveLength(1);
  });

  it("validate exits 2 on an invalid policy with file and line, 0 on a valid one", async () => {
    const bad = join(env.dir, "bad.yaml");
    writeFileSync(
      bad,
      "apiVersion: metadata-policy/v1\nkind: MetadataPolicy\nmetadata: { name: x }\nspec:\n  rules:\n    - { id: r, type: valuePattern, key: a, pattern: '(a+)+' }\n",
    );
    const r = await env.run(["policy", "validate", bad]);
    expect(exitOf(r.error)).toBe(2);
    expect(r.stdout).toContain(`error: regex/invalid ${bad}:6:`);
    const ok = await env.run(["policy", "validate", env.policyPath]);
    expect(exitOf(ok.error)).toBe(0);
    expect(ok.stdout).toMatch(/valid: 1 file\(s\), 5 rules/);
    const check = await env.run(["policy", "check", "--policy", bad, "--input", "nowhere.json"]);
    expect(exitOf(check.error)).toBe(2);
    const sarif = await env.run(["policy", "validate", bad, "--format", "sarif"]);
    const result = JSON.parse(sarif.stdout).runs[0].results[0];
    expect(result).toMatchObject({ ruleId: "regex/invalid", level: "error" });
    // Outside the working directory: an absolute file: URI (a bare absolute path is not a URI code scanning accepts).
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: pathToFileURL(bad).href },
      region: { startLine: 6 },
    });
  });

  it("plan-write judges a replace that drops owner (exit 1) and a compliant one (exit 0)", async () => {
    const list = await env.run([
      "policy",
      "check",
      "--policy",
      env.policyPath,
      ...env.conn,
      "--owned",
      "--format",
      "json",
    ]);
    const id = JSON.parse(list.stdout).results[0].image.id;
    const deny = await env.run([
      "policy",
      "plan-write",
      "--policy",
      env.policyPath,
      ...env.conn,
      "--image",
      id,
      "--method",
      "PUT",
      "--set",
      "env=prod",
      "--format",
      "json",
    ]);
    expect(exitOf(deny.error)).toBe(1);
    const d = JSON.parse(deny.stdout);
    expect(d.decision).toBe("deny");
    expect(d.findings.map((f: { ruleId: string }) => f.ruleId)).toContain("owner-required");
    const allow = await env.run([
      "policy",
      "plan-write",
      "--policy",
      env.policyPath,
      ...env.conn,
      "--image",
      id,
      "--method",
      "POST",
      "--set",
      "env=dev",
    ]);
    expect(exitOf(allow.error)).toBe(0);
    expect(allow.stdout).toContain("decision: allow");
  });

  it("plan-write --enforcement-ceiling audit reports a write touching a read-only item and allows it (the middleware's audit mode, same fixture)", async () => {
    const dir = join(fixturesDir, "write/audit-read-only-reported");
    const image = readCase(dir).image as { id: string };
    const snapshot = join(env.dir, "audit-image.json");
    writeFileSync(snapshot, JSON.stringify([image]));
    const args = [
      "policy",
      "plan-write",
      "-p",
      join(dir, "policy.yaml"),
      "--input",
      snapshot,
      "--image",
      image.id,
      "--method",
      "POST",
      "--set",
      "image_source=upload",
    ];
    const audit = await env.run([...args, "--enforcement-ceiling", "audit", "--format", "json"]);
    expect(exitOf(audit.error)).toBe(0);
    const d = JSON.parse(audit.stdout);
    expect(d).toMatchObject({ decision: "allow", wouldDeny: true, findings: [] });
    expect(d.warnings).toContainEqual(
      expect.objectContaining({
        ruleId: "builtin/read-only",
        key: "image_source",
        enforcement: "audit",
        apiRefuses: true,
      }),
    );
    const text = await env.run([...args, "--enforcement-ceiling", "audit"]);
    expect(text.stdout).toContain("enforcing would deny");
    expect(text.stdout).toContain("(the API refuses this write too)");
    const enforce = await env.run(args);
    expect(exitOf(enforce.error)).toBe(1);
  });

  it("explain shows provenance and a per-rule trace; schema prints the JSON Schema", async () => {
    const x = await env.run(["policy", "explain", "--policy", env.policyPath, "--rule", "env-values"]);
    expect(x.stdout).toContain("env-values (allowedValues, deny, org)");
    expect(x.stdout).toMatch(/from org:demo-baseline .*\/spec\/rules\/1 rule env-values/);
    const snapshot = join(env.dir, "one.json");
    writeFileSync(
      snapshot,
      JSON.stringify([
        { id: "i-9", name: "nine", project_id: 10, region_id: 1, visibility: "private", metadata: { env: "qa" } },
      ]),
    );
    const t = await env.run([
      "policy",
      "explain",
      "--policy",
      env.policyPath,
      "--image",
      "i-9",
      "--input",
      snapshot,
      "--format",
      "json",
    ]);
    const trace = JSON.parse(t.stdout);
    expect(trace.verdict).toBe("fail");
    const byId = Object.fromEntries(trace.rules.map((r: { id: string; trace: unknown }) => [r.id, r.trace]));
    expect(byId["public-os"]).toMatchObject({ applies: false });
    expect(byId["env-values"].findings[0]).toMatchObject({ key: "env", reason: "value-not-allowed" });
    const s = await env.run(["policy", "schema"]);
    expect(JSON.parse(s.stdout).$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("policy test runs fixture directories and fails on a wrong expectation", async () => {
    const ok = await env.run(["policy", "test", join(fixturesDir, "required")]);
    expect(exitOf(ok.error)).toBe(0);
    expect(ok.stdout).toContain("2 passed, 0 failed");
  });

  it("--json prints run()'s result through oclif, with the same exit codes as --format json", async () => {
    const snapshot = join(env.dir, "json.json");
    writeFileSync(
      snapshot,
      JSON.stringify([
        { id: "i-3", name: "three", project_id: 10, region_id: 1, visibility: "private", metadata: { env: "qa" } },
      ]),
    );
    const viaFormat = await env.run([
      "policy",
      "check",
      "--policy",
      env.policyPath,
      "--input",
      snapshot,
      "--format",
      "json",
      "--now",
      "2030-01-01T00:00:00Z",
    ]);
    const viaJson = await env.run([
      "policy",
      "check",
      "--policy",
      env.policyPath,
      "--input",
      snapshot,
      "--json",
      "--now",
      "2030-01-01T00:00:00Z",
    ]);
    expect(exitOf(viaJson.error)).toBe(1);
    expect(exitOf(viaFormat.error)).toBe(1);
    expect(JSON.parse(viaJson.stdout)).toEqual(JSON.parse(viaFormat.stdout));
    const tests = await env.run(["policy", "test", join(fixturesDir, "required"), "--json"]);
    expect(exitOf(tests.error)).toBe(0);
    expect(JSON.parse(tests.stdout)).toMatchObject({ schemaVersion: "1", passed: 2, failed: 0 });
    const schema = await env.run(["policy", "schema", "--json"]);
    expect(JSON.parse(schema.stdout).$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("a JSON snapshot is parsed as JSON: 5,000 images in well under the YAML parser's seconds, duplicate keys as JSON reads them", async () => {
    // The YAML parser refused duplicate keys (exit 2); JSON.parse keeps the last, like every JSON tool.
    const dup = join(env.dir, "dup.json");
    writeFileSync(
      dup,
      '[{"id": "i-d", "id": "i-d", "name": "dup", "project_id": 10, "region_id": 1, "visibility": "private", "metadata": {"env": "qa"}}]',
    );
    const d = await env.run(["policy", "check", "--policy", env.policyPath, "--input", dup, "--format", "json"]);
    expect(exitOf(d.error), d.error?.message).toBe(1);
    expect(JSON.parse(d.stdout).results[0].image.id).toBe("i-d");
    const items = Array.from({ length: 25 }, (_, j) => ({ key: `key_${j}`, value: "v".repeat(60), read_only: false }));
    const images = Array.from({ length: 5000 }, (_, i) => ({
      id: `img-${i}`,
      name: `n-${i}`,
      project_id: 10,
      region_id: 1,
      visibility: "private",
      metadata_detailed: items,
    }));
    const big = join(env.dir, "big.json");
    writeFileSync(big, JSON.stringify({ count: images.length, results: images }));
    const cpu = process.cpuUsage();
    const r = await env.run([
      "policy",
      "check",
      "--policy",
      env.policyPath,
      "--input",
      big,
      "--format",
      "json",
      "--max-findings",
      "0",
    ]);
    const { user, system } = process.cpuUsage(cpu);
    expect(exitOf(r.error)).toBe(1);
    expect(JSON.parse(r.stdout).summary.images).toBe(5000);
    // YAML-parsing this snapshot took 4–5 s of CPU; JSON.parse plus evaluating 5,000 images takes well under 2 s.
    expect((user + system) / 1e6).toBeLessThan(2);
  });

  it("a policy over 1 MiB and a YAML alias bomb are usage errors (exit 2) with a clear message", async () => {
    const big = join(env.dir, "huge-policy.yaml");
    const rule = (i: number) => `    - { id: r${i}, type: required, keys: [k${i}] }\n`;
    writeFileSync(
      big,
      readFileSync(env.policyPath, "utf8") + Array.from({ length: 30_000 }, (_, i) => rule(i)).join(""),
    );
    const size = readFileSync(big).length;
    const r = await env.run(["policy", "check", "--policy", big, "--input", join(env.dir, "dup.json")]);
    expect(exitOf(r.error)).toBe(2);
    expect(r.error?.message).toBe(
      `policy file ${big}: policy is ${size.toLocaleString("en-US")} bytes; the limit is 1 MiB (1,048,576 bytes)`,
    );
    const bomb = join(env.dir, "bomb.yaml");
    const levels = Array.from(
      { length: 9 },
      (_, i) => `  x${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(", ")}]`,
    ).join("\n");
    writeFileSync(
      bomb,
      `apiVersion: metadata-policy/v1\nkind: MetadataPolicy\nmetadata: { name: bomb }\nspec:\n  x0: &a0 [lol, lol, lol]\n${levels}\n`,
    );
    const b = await env.run(["policy", "validate", bomb]);
    expect(exitOf(b.error)).toBe(2);
    expect(b.stdout + b.stderr).toContain(`policy/aliases ${bomb}: too many YAML alias expansions (more than 100)`);
  });

  it("API errors exit 3", async () => {
    const r = await env.run([
      "policy",
      "check",
      "--policy",
      env.policyPath,
      "--api-url",
      env.url,
      "--api-key",
      "wrong",
      "--project",
      "10",
      "--region",
      "1",
    ]);
    expect(exitOf(r.error)).toBe(3);
  });
});

// The CLI (apps/cli) bundles this plugin; its `images metadata` commands fire `metadata:write` before sending.
// e2e depends on imgctl, so turbo builds the CLI before these tests run: no skip when it is missing.
describe("imgctl refuses violating metadata writes (metadata:write hook)", () => {
  it("refuses a violating `images metadata replace` (exit 1, nothing sent) and allows a compliant one", async () => {
    const { runCommand } = await import("@oclif/test");
    const root = cliRoot;
    const list = await env.run([
      "policy",
      "check",
      "--policy",
      env.policyPath,
      ...env.conn,
      "--owned",
      "--format",
      "json",
    ]);
    const image = JSON.parse(list.stdout).results[0].image.id as string;
    process.env.IMGCTL_POLICY = env.policyPath;
    try {
      const denied = await runCommand(["images", "metadata", "replace", image, "env=prod", ...env.conn], { root });
      expect(exitOf(denied.error)).toBe(1);
      expect(denied.error?.message ?? denied.stderr).toMatch(/owner-required/);
      const check = await env.run([
        "policy",
        "check",
        "--policy",
        env.policyPath,
        ...env.conn,
        "--owned",
        "--format",
        "json",
      ]);
      expect(JSON.parse(check.stdout).results[0].verdict).toBe("pass");
      const allowed = await runCommand(
        [
          "images",
          "metadata",
          "replace",
          image,
          "owner=team-web",
          "env=staging",
          "cost_center=7",
          ...env.conn,
          "--json",
        ],
        { root },
      );
      expect(exitOf(allowed.error)).toBe(0);
      expect(allowed.stdout).toContain('"staging"');
    } finally {
      delete process.env.IMGCTL_POLICY;
    }
  });
});

// The hook judges the image state the command read anyway: a policed write costs one read and the write itself.
describe("a policed `imgctl images metadata set` costs two API requests", () => {
  it("reads the image once and sends the write (allowed), or reads it and sends nothing (refused)", async () => {
    const { runCommand } = await import("@oclif/test");
    const list = await env.run([
      "policy",
      "check",
      "--policy",
      env.policyPath,
      ...env.conn,
      "--owned",
      "--format",
      "json",
    ]);
    const image = JSON.parse(list.stdout).results[0].image.id as string;
    const proxy = await countingProxy(env.url);
    const conn = ["--api-url", proxy.url, ...env.conn.slice(2)];
    process.env.IMGCTL_POLICY = env.policyPath;
    try {
      const allowed = await runCommand(
        ["images", "metadata", "set", image, "owner=team-web", "env=dev", ...conn, "--json"],
        { root: cliRoot },
      );
      expect(exitOf(allowed.error)).toBe(0);
      expect(JSON.parse(allowed.stdout).results).toContainEqual({ key: "env", value: "dev", read_only: false });
      expect(proxy.requests).toEqual([
        `GET /cloud/v1/images/10/1/${image}`,
        `POST /cloud/v1/images/10/1/${image}/metadata`,
      ]);
      proxy.requests.length = 0;
      const denied = await runCommand(["images", "metadata", "set", image, "env=qa", ...conn], { root: cliRoot });
      expect(exitOf(denied.error)).toBe(1);
      expect(proxy.requests).toEqual([`GET /cloud/v1/images/10/1/${image}`]);
    } finally {
      delete process.env.IMGCTL_POLICY;
      await proxy.close();
    }
  });
});
