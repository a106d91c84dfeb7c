// The policy commands on both API generations, offline: the same images as a 2025-04 and as a 2026-08 snapshot give
// the same report and the same fix, a 2026-08 fix is one PATCH per image, and plan-write judges a 2026-08 merge patch.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmulator } from "@imgctl/emulator";
import { ALPHA_KEY, exitOf, startEmulator } from "../lib/policy-env.js";

let env: Awaited<ReturnType<typeof startEmulator>>;
beforeAll(async () => {
  env = await startEmulator();
});
afterAll(async () => env?.close());

type Item = { key: string; value: string; read_only: boolean };
const image = (id: string, visibility: string, items: Item[]) => ({
  id,
  name: id,
  project_id: 10,
  region_id: 1,
  visibility,
  items,
});
const item = (key: string, value: string, read_only = false): Item => ({ key, value, read_only });
const images = [
  image("web", "private", [
    item("image_source", "volume", true),
    item("owner", "team-web"),
    item("env", "qa"),
    item("db_password", "x"),
  ]),
  image("batch", "private", [item("env", "prod")]),
  image("own-os", "public", [item("os_distro", "ubuntu"), item("os_version", "24.04")]),
];
/** One snapshot per generation: the seed's metadata map and metadata_detailed, today's tags_v2. */
const snapshots = () => {
  const seed = images.map(({ items, ...i }) => ({
    ...i,
    metadata: Object.fromEntries(items.map((t) => [t.key, t.value])),
    metadata_detailed: items,
  }));
  const today = images.map(({ items, ...i }) => ({ ...i, tags_v2: items }));
  const files = { "2025-04": join(env.dir, "seed.json"), "2026-08": join(env.dir, "today.json") } as const;
  writeFileSync(files["2025-04"], JSON.stringify({ count: seed.length, results: seed }));
  writeFileSync(files["2026-08"], JSON.stringify({ count: today.length, results: today }));
  return files;
};
const json = async (args: string[]) => {
  const r = await env.run(args);
  return { exit: exitOf(r.error), out: r.stdout ? JSON.parse(r.stdout) : undefined, stderr: r.stderr };
};

describe("policy commands on both API generations (offline snapshots)", () => {
  it("check gives the same verdicts on a 2025-04 and a 2026-08 snapshot of the same images", async () => {
    const files = snapshots();
    const check = (v: "2025-04" | "2026-08") =>
      json([
        "policy",
        "check",
        "--policy",
        env.policyPath,
        "--input",
        files[v],
        "--api-version",
        v,
        "--project",
        "10",
        "--format",
        "json",
      ]);
    const [seed, today] = [await check("2025-04"), await check("2026-08")];
    expect(seed.exit).toBe(1);
    expect(today.exit).toBe(seed.exit);
    const verdicts = (r: {
      results: Array<{ image: { id: string }; verdict: string; findings: Array<{ ruleId: string; key: string }> }>;
    }) => r.results.map((x) => `${x.image.id}:${x.verdict}:${x.findings.map((f) => `${f.ruleId}/${f.key}`).join(",")}`);
    expect(verdicts(today.out)).toEqual(verdicts(seed.out));
    expect(verdicts(seed.out)).toEqual([
      "web:fail:env-values/env,cost-center-default/cost_center,no-secrets/db_password",
      "batch:fail:owner-required/owner,cost-center-default/cost_center",
      "own-os:pass:",
    ]);
  });

  it("fix plans the same operations; 2026-08 sends each image's as one PATCH, 2025-04 as POST + DELETEs; --strategy patch needs 2026-08", async () => {
    const files = snapshots();
    const fix = (v: "2025-04" | "2026-08", ...extra: string[]) =>
      json([
        "policy",
        "fix",
        "--policy",
        env.policyPath,
        "--input",
        files[v],
        "--api-version",
        v,
        "--format",
        "json",
        ...extra,
      ]);
    const [seed, today] = [await fix("2025-04"), await fix("2026-08")];
    expect(today.exit).toBe(1);
    type Plan = { image: { id: string }; operations: unknown[]; calls: Array<{ method: string; tags?: object }> };
    expect(today.out.plans.map((p: Plan) => p.operations)).toEqual(seed.out.plans.map((p: Plan) => p.operations));
    expect(seed.out.plans[0].calls.map((c: { method: string }) => c.method)).toEqual(["POST", "DELETE"]);
    expect(today.out.plans.map((p: Plan) => p.calls)).toEqual([
      [{ method: "PATCH", path: "", tags: { db_password: null, cost_center: "unassigned" } }],
      [{ method: "PATCH", path: "", tags: { cost_center: "unassigned" } }],
    ]);
    const merge = await fix("2026-08", "--strategy", "merge");
    expect(merge.out.plans[0].calls.map((c: { method: string }) => c.method)).toEqual(["POST", "DELETE"]);
    const refused = await env.run([
      "policy",
      "fix",
      "--policy",
      env.policyPath,
      "--input",
      files["2025-04"],
      "--api-version",
      "2025-04",
      "--strategy",
      "patch",
    ]);
    expect(exitOf(refused.error)).toBe(2);
    expect(refused.stderr).toContain(
      "--strategy patch writes tags with PATCH, which API 2026-08 has; this profile speaks 2025-04",
    );
  });

  it("plan-write --api-version 2026-08 --operation update judges the tags merge patch on the state after it", async () => {
    const files = snapshots();
    const body = (name: string, value: unknown) => {
      const file = join(env.dir, name);
      writeFileSync(file, JSON.stringify(value));
      return file;
    };
    const plan = (file: string, v = "2026-08") =>
      json([
        "policy",
        "plan-write",
        "--policy",
        env.policyPath,
        "--input",
        files["2026-08"],
        "--image",
        "web",
        "--api-version",
        v,
        "--operation",
        "update",
        "--body",
        file,
        "--format",
        "json",
      ]);
    const dropOwner = await plan(body("drop-owner.json", { owner: null, env: "dev" }));
    expect(dropOwner.exit).toBe(1);
    expect(dropOwner.out.operation.operation).toBe("patch");
    expect(dropOwner.out.diff).toEqual([
      { op: "replace", key: "env", from: "qa", to: "dev" },
      { op: "remove", key: "owner", from: "team-web" },
    ]);
    expect(dropOwner.out.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(["owner-required"]);
    const clearAll = await plan(body("clear.json", null));
    expect(clearAll.exit).toBe(1);
    expect(clearAll.out.diff.map((d: { key: string }) => d.key)).toEqual(["owner", "env", "db_password"]); // image_source is read-only: kept
    const fine = await plan(body("fine.json", { env: "dev", db_password: null }));
    expect(fine.exit).toBe(0);
    // The same body in 2025-04: `metadata` merges and a null is not a string, so the body is refused.
    const seed = await plan(body("fine.json", { env: "dev", db_password: null }), "2025-04");
    expect(seed.exit).toBe(1);
    expect(seed.out.findings.map((f: { reason: string }) => f.reason)).toEqual(["null-value"]);
  });
});

describe("policy commands live on both API generations (emulator over loopback)", () => {
  it("check, fix --yes and check again give the same results on a 2025-04 and a 2026-08 server; 2026-08 fixes with PATCH", async () => {
    const run = async (apiVersion: "2025-04" | "2026-08") => {
      const emulator = createEmulator({ apiVersion });
      const server = await emulator.listen({ port: 0, host: "127.0.0.1" });
      try {
        const conn = [
          "--api-url",
          server.url,
          "--api-key",
          ALPHA_KEY,
          "--project",
          "10",
          "--region",
          "1",
          "--api-version",
          apiVersion,
        ];
        const verdicts = async () => {
          const r = await env.run(["policy", "check", "--policy", env.policyPath, ...conn, "--format", "json"]);
          const report = JSON.parse(r.stdout);
          return {
            exit: exitOf(r.error),
            results: report.results.map(
              (x: { image: { name: string }; verdict: string }) => `${x.image.name}:${x.verdict}`,
            ),
          };
        };
        const first = await verdicts();
        const fix = await env.run(["policy", "fix", "--policy", env.policyPath, ...conn, "--yes", "--format", "json"]);
        const plans = JSON.parse(fix.stdout).plans as Array<{
          operations: unknown[];
          calls: Array<{ method: string }>;
        }>;
        return {
          first,
          fixExit: exitOf(fix.error),
          operations: plans.map((p) => p.operations),
          methods: plans.flatMap((p) => p.calls.map((c) => c.method)),
          second: await verdicts(),
        };
      } finally {
        await server.close();
        await emulator.close();
      }
    };
    const seed = await run("2025-04");
    const today = await run("2026-08");
    expect(seed.first.exit).toBe(1);
    expect(seed.second.exit).toBe(0);
    expect(seed.fixExit).toBe(0);
    expect({ ...today, methods: [] }).toEqual({ ...seed, methods: [] });
    expect(seed.methods).toEqual(["POST"]);
    expect(today.methods).toEqual(["PATCH"]);
  });
});
