import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  applyFix,
  applyWrite,
  codePoints,
  evaluate,
  InvalidPolicyError,
  loadPolicies,
  planFix,
  planWrite,
  policyFrom,
  policySchema,
  waiverHygiene,
  type ImageContext,
  type MetadataEntry,
} from "../src/engine/index.js";
import { looksCatastrophic } from "../src/engine/regex.js";

const doc = (spec: object, name = "t") => ({
  apiVersion: "metadata-policy/v1",
  kind: "MetadataPolicy",
  metadata: { name },
  spec,
});
const img = (md: Record<string, string>, ro: Record<string, string> = {}): ImageContext => ({
  id: "img-1",
  projectId: 10,
  regionId: 1,
  visibility: "private",
  metadata: [
    ...Object.entries(ro).map(([key, value]) => ({ key, value, read_only: true })),
    ...Object.entries(md).map(([key, value]) => ({ key, value, read_only: false })),
  ],
});

describe("schema", () => {
  it("ships the same schema the engine validates with", () => {
    const shipped = JSON.parse(readFileSync(new URL("../schema/metadata-policy.schema.json", import.meta.url), "utf8"));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(policySchema)));
    expect(shipped.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("reports schema errors with line numbers and never yields a policy", () => {
    const text =
      "apiVersion: metadata-policy/v1\nkind: MetadataPolicy\nmetadata: { name: x }\nspec:\n  rules:\n    - { id: a, type: required }\n";
    const r = loadPolicies([{ text, source: "p.yaml" }]);
    expect(r.policy).toBeUndefined();
    expect(r.diagnostics[0]).toMatchObject({ code: "policy/schema", line: 6, source: "p.yaml" });
    expect(r.diagnostics[0]!.message).toContain('missing property "keys"');
  });

  it("policyFrom throws InvalidPolicyError for an invalid policy", () => {
    expect(() =>
      policyFrom(doc({ rules: [{ id: "r", type: "valuePattern", key: "a", pattern: "(" }] }) as never),
    ).toThrow(InvalidPolicyError);
  });
});

describe("matching", () => {
  it("counts code points after NFC", () => {
    expect(codePoints("😀")).toBe(1);
    expect(codePoints("e\u0301")).toBe(1);
    expect("😀".length).toBe(2);
  });

  it("flags nested unbounded quantifiers", () => {
    expect(looksCatastrophic("(a+)+")).toBe(true);
    expect(looksCatastrophic("(\\w*\\s?)*x")).toBe(true);
    expect(looksCatastrophic("[a-z][a-z0-9_.:-]*")).toBe(false);
    expect(looksCatastrophic("(ab)+c*")).toBe(false);
  });

  it("orders findings deterministically: builtin, limits, rules in policy order, keys in code-point order", () => {
    const policy = policyFrom(
      doc({
        limits: { maxItems: 1 },
        rules: [
          { id: "b-rule", type: "forbidden", prefixes: ["x"] },
          { id: "a-rule", type: "required", keys: ["zz", "aa"] },
        ],
      }) as never,
    );
    const md = { xb: "1", xa: "2", Env: "1", env: "2", "x😀": "3", xz: "4" };
    const first = evaluate(policy, img(md));
    const reversed = evaluate(policy, img(Object.fromEntries(Object.entries(md).reverse())));
    const ids = (e: typeof first) => e.findings.map((f) => `${f.ruleId}:${f.key}`);
    expect(ids(first)).toEqual(ids(reversed));
    expect(ids(first)).toEqual([
      "builtin/case-collision:env",
      "limits/maxItems:null",
      "b-rule:xa",
      "b-rule:xb",
      "b-rule:xz",
      "b-rule:x😀",
      "a-rule:aa",
      "a-rule:zz",
    ]);
  });
});

describe("missing keys", () => {
  it("a missing key names the case variants present (keyCase exact), and says nothing more when there are none", () => {
    const policy = policyFrom(
      doc({
        defaults: { keyCase: "exact" },
        rules: [{ id: "owner-required", type: "required", keys: ["owner", "team"] }],
      }) as never,
    );
    const messages = evaluate(policy, img({ Owner: "alice", OWNER: "bob" })).findings.map((f) => f.message);
    expect(messages).toEqual([
      'required key "owner" is missing; "Owner", "OWNER" are present (keyCase: exact)',
      'required key "team" is missing',
    ]);
    expect(evaluate(policy, img({ Owner: "alice" })).findings[0]?.message).toBe(
      'required key "owner" is missing; "Owner" is present (keyCase: exact)',
    );
  });
});

describe("planned writes", () => {
  const s0: MetadataEntry[] = [
    { key: "os_distro", value: "ubuntu", read_only: true },
    { key: "owner", value: "alice", read_only: false },
    { key: "env", value: "prod", read_only: false },
  ];
  it("merge keeps other keys, replace keeps only read-only items, delete drops one key", () => {
    expect(
      applyWrite(s0, { operation: "merge", body: { env: "dev", team: "x" } }).map((e) => `${e.key}=${e.value}`),
    ).toEqual(["os_distro=ubuntu", "owner=alice", "env=dev", "team=x"]);
    expect(applyWrite(s0, { operation: "replace", body: { team: "x" } }).map((e) => e.key)).toEqual([
      "os_distro",
      "team",
    ]);
    expect(applyWrite(s0, { operation: "replace", body: { team: "x" } }, false).map((e) => e.key)).toEqual(["team"]);
    expect(applyWrite(s0, { operation: "delete", key: "owner" }).map((e) => e.key)).toEqual(["os_distro", "env"]);
  });

  it("diffs and decides; replace that drops owner is denied, the same body as merge is allowed", () => {
    const policy = policyFrom(doc({ rules: [{ id: "owner-required", type: "required", keys: ["owner"] }] }) as never);
    const image = { ...img({}), metadata: s0 };
    const put = planWrite(policy, image, { operation: "replace", body: { env: "dev" } });
    expect(put.decision).toBe("deny");
    expect(put.diff).toEqual([
      { op: "replace", key: "env", from: "prod", to: "dev" },
      { op: "remove", key: "owner", from: "alice" },
    ]);
    expect(put.findings[0]).toMatchObject({ ruleId: "owner-required", reason: "missing", introduced: true });
    expect(planWrite(policy, image, { operation: "merge", body: { env: "dev" } }).decision).toBe("allow");
    expect(
      planWrite(
        policy,
        image,
        { operation: "replace", body: { env: "dev" } },
        { replacePreservesReadOnly: false },
      ).findings.map((f) => f.ruleId),
    ).toContain("builtin/read-only");
  });
});

describe("fix plans", () => {
  const policy = policyFrom(
    doc({
      rules: [
        { id: "canon", type: "canonicalKeys", keys: ["owner", "costCenter"] },
        { id: "cc", type: "default", key: "costCenter", value: "none" },
        { id: "mb", type: "default", key: "managed_by", value: "imgctl", operation: "addOrReplace" },
        { id: "secrets", type: "forbidden", patterns: ["secret"], search: true },
        { id: "env", type: "allowedValues", key: "env", values: ["prod", "dev"] },
      ],
    }) as never,
  );

  it("is idempotent on many generated images and never touches read-only items", () => {
    const keys = ["OWNER", "owner", "costcenter", "CostCenter", "managed_by", "my_secret", "env", "Env", "x"];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 300; n++) {
      const metadata: MetadataEntry[] = [];
      for (const k of keys)
        if (rnd() < 0.4) metadata.push({ key: k, value: rnd() < 0.5 ? "a" : "b", read_only: rnd() < 0.2 });
      const image: ImageContext = { id: `i${n}`, metadata };
      const plan = planFix(policy, image);
      for (const op of plan.operations) expect(metadata.find((e) => e.key === op.key)?.read_only ?? false).toBe(false);
      const fixed = applyFix(metadata, plan.operations);
      for (const e of metadata.filter((m) => m.read_only)) expect(fixed).toContainEqual(e);
      const again = planFix(policy, { ...image, metadata: fixed }).operations;
      expect(again).toEqual([]);
    }
  });

  it("renders merge-first calls: one POST with adds and renamed keys, then one DELETE per removal", () => {
    const plan = planFix(policy, img({ Owner: "a", db_secret: "s", managed_by: "tf" }));
    expect(plan.operations.map((o) => o.op)).toEqual(["add", "rename", "replace", "remove"]);
    expect(plan.calls).toEqual([
      { method: "POST", path: "metadata", body: { costCenter: "none", owner: "a", managed_by: "imgctl" } },
      { method: "DELETE", path: "metadata_item", query: { key: "Owner" } },
      { method: "DELETE", path: "metadata_item", query: { key: "db_secret" } },
    ]);
  });
});

describe("waivers across a run", () => {
  it("reports unused and expired waivers", () => {
    const policy = policyFrom(
      doc({
        rules: [{ id: "owner", type: "required", keys: ["owner"] }],
        waivers: [
          {
            id: "USED",
            rules: ["owner"],
            match: { imageIds: ["img-1"] },
            category: "waiver",
            reason: "r",
            expires: "2026-06-01",
          },
          {
            id: "UNUSED",
            rules: ["owner"],
            match: { imageIds: ["nope"] },
            category: "mitigated",
            reason: "r",
            expires: "2026-06-01",
          },
          { id: "OLD", rules: ["owner"], category: "waiver", reason: "r", expires: "2025-06-01" },
        ],
      }) as never,
      { now: new Date("2026-01-01T00:00:00Z") },
    );
    const now = new Date("2026-01-01T00:00:00Z");
    const ev = evaluate(policy, img({}), { now });
    expect(ev.suppressed[0]?.suppressed).toMatchObject({ waiverId: "USED", category: "waiver" });
    expect(waiverHygiene(policy, [ev], now)).toEqual({ unused: ["UNUSED"], expired: ["OLD"] });
  });
});

describe("huge metadata", () => {
  it("evaluates 10k items with 64 KiB values well under a second", () => {
    const policy = policyFrom(
      doc({
        limits: { maxItems: 50, maxValueLength: 256 },
        rules: [
          { id: "kp", type: "keyPattern", pattern: "[a-z][a-z0-9_]*" },
          // patterns usually target some keys; a regex over all 655 MB would dominate (≈1.3 s in V8 alone)
          { id: "vp", type: "valuePattern", keyPattern: "k_9.*", pattern: "a*" },
          { id: "len", type: "length", key: "*", max: 100000 },
          { id: "f", type: "forbidden", patterns: ["secret"], search: true },
        ],
      }) as never,
    );
    const big = "a".repeat(65_536);
    const metadata = Array.from({ length: 10_000 }, (_, i) => ({
      key: `k_${i}`,
      value: i % 1000 === 0 ? big + "b" : big,
      read_only: i % 2 === 0,
    }));
    // CPU time, not wall time: the suite runs on a shared 2-core machine.
    const t = process.cpuUsage();
    const ev = evaluate(policy, { id: "huge", metadata });
    const used = process.cpuUsage(t);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
    // oversize values (> maxRegexInput) become `oversize` findings instead of regex runs (k_9000 only matches k_9.*)
    expect(ev.findings.filter((f) => f.reason === "oversize")).toHaveLength(1);
    expect(ev.findings.filter((f) => f.ruleId === "limits/maxValueLength")).toHaveLength(10_000);
    expect(ev.findings.find((f) => f.ruleId === "limits/maxItems")?.actual).toBe("5000");
  });
});
