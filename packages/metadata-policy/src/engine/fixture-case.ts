// One policy test case (policy + image + optional write + expected findings), judged like `kyverno test` and
// `c7n-left test`: a missing expected finding and an unexpected one both fail. Pure: inputs are data.
import { evaluate } from "./evaluate.js";
import { applyFix, planFix } from "./fix.js";
import { loadPolicies, type PolicyText } from "./load.js";
import type { Enforcement, Finding, ImageContext, MetadataEntry, PlannedWrite, WriteScope } from "./types.js";
import { planWrite } from "./write.js";

interface ExpectedFinding {
  ruleId: string;
  key?: string | null;
  reason?: string;
  enforcement?: Enforcement;
  waiver?: string;
}

interface CaseExpectation {
  now?: string;
  ceiling?: Enforcement;
  /** Policy must be invalid with (at least) these diagnostic codes. */
  diagnostics?: string[];
  /** Warning-level diagnostics expected on a valid policy. */
  warnings?: string[];
  verdict?: "pass" | "warn" | "fail";
  decision?: "allow" | "deny";
  findings?: ExpectedFinding[];
  suppressed?: ExpectedFinding[];
  notApplicable?: string[];
  fix?: Array<{ op: string; key: string; to?: string; value?: string }>;
  unfixable?: ExpectedFinding[];
}

export interface CaseInput {
  name: string;
  policies: PolicyText[];
  image: ImageContext | (Omit<ImageContext, "metadata"> & { metadata: Record<string, string> | MetadataEntry[] });
  write?: PlannedWrite & { scope?: WriteScope };
  expected: CaseExpectation;
}

export interface CaseResult {
  name: string;
  pass: boolean;
  failures: string[];
  findings: Finding[];
}

function normalizeImage(image: CaseInput["image"]): ImageContext {
  const md = image.metadata;
  return {
    ...image,
    metadata: Array.isArray(md)
      ? md.map((e) => ({ ...e, read_only: e.read_only === true }))
      : Object.entries(md).map(([key, value]) => ({ key, value, read_only: false })),
  };
}

const label = (f: ExpectedFinding) =>
  `${f.ruleId} ${f.key === undefined ? "*" : JSON.stringify(f.key)} ${f.reason ?? "*"}${f.enforcement ? " " + f.enforcement : ""}${f.waiver ? " waived by " + f.waiver : ""}`;

function matches(e: ExpectedFinding, f: Finding): boolean {
  return (
    e.ruleId === f.ruleId &&
    (e.key === undefined || e.key === f.key) &&
    (e.reason === undefined || e.reason === f.reason) &&
    (e.enforcement === undefined || e.enforcement === f.enforcement) &&
    (e.waiver === undefined || e.waiver === f.suppressed?.waiverId)
  );
}

function compare(what: string, expected: ExpectedFinding[] | undefined, actual: Finding[], failures: string[]) {
  if (expected === undefined) return;
  const left = [...actual];
  for (const e of expected) {
    const i = left.findIndex((f) => matches(e, f));
    if (i < 0) failures.push(`missing ${what}: ${label(e)}`);
    else left.splice(i, 1);
  }
  for (const f of left)
    failures.push(
      `unexpected ${what}: ${label({ ruleId: f.ruleId, key: f.key, reason: f.reason, ...(f.suppressed ? { waiver: f.suppressed.waiverId } : {}) })}`,
    );
}

export function runCase(input: CaseInput): CaseResult {
  const x = input.expected;
  const now = x.now ? new Date(x.now) : new Date();
  const failures: string[] = [];
  const loaded = loadPolicies(input.policies, { now });
  const codes = loaded.diagnostics.map((d) => d.code);
  if (x.diagnostics) {
    if (loaded.policy) failures.push(`expected an invalid policy (${x.diagnostics.join(", ")}), but it is valid`);
    for (const c of x.diagnostics)
      if (!codes.includes(c)) failures.push(`missing diagnostic ${c} (got: ${codes.join(", ") || "none"})`);
    return { name: input.name, pass: failures.length === 0, failures, findings: [] };
  }
  if (!loaded.policy) {
    failures.push(`policy is invalid: ${loaded.diagnostics.map((d) => `${d.code}: ${d.message}`).join("; ")}`);
    return { name: input.name, pass: false, failures, findings: [] };
  }
  for (const c of x.warnings ?? []) if (!codes.includes(c)) failures.push(`missing warning ${c}`);
  const image = normalizeImage(input.image);
  const opts = { now, ...(x.ceiling ? { ceiling: x.ceiling } : {}) };
  let findings: Finding[];
  if (input.write) {
    const d = planWrite(loaded.policy, image, input.write, {
      ...opts,
      ...(input.write.scope ? { scope: input.write.scope } : {}),
    });
    if (x.decision && d.decision !== x.decision) failures.push(`decision: expected ${x.decision}, got ${d.decision}`);
    findings = d.findings;
    compare("finding", x.findings, d.findings, failures);
    compare("suppressed finding", x.suppressed, d.suppressed, failures);
  } else {
    const ev = evaluate(loaded.policy, image, opts);
    if (x.verdict && ev.verdict !== x.verdict) failures.push(`verdict: expected ${x.verdict}, got ${ev.verdict}`);
    findings = ev.findings;
    compare("finding", x.findings, ev.findings, failures);
    compare("suppressed finding", x.suppressed, ev.suppressed, failures);
    if (x.notApplicable) {
      const got = [...ev.notApplicable].sort().join(",");
      const want = [...x.notApplicable].sort().join(",");
      if (got !== want) failures.push(`notApplicable: expected [${want}], got [${got}]`);
    }
  }
  if (x.fix || x.unfixable) {
    const plan = planFix(loaded.policy, image, opts);
    if (x.fix) {
      const got = plan.operations.map((o) => ({
        op: o.op,
        key: o.key,
        ...(o.to !== undefined ? { to: o.to } : {}),
        ...(o.op === "add" || o.op === "replace" ? { value: o.value } : {}),
      }));
      if (
        JSON.stringify(got) !==
        JSON.stringify(
          x.fix.map((o) => ({
            op: o.op,
            key: o.key,
            ...(o.to !== undefined ? { to: o.to } : {}),
            ...(o.value !== undefined ? { value: o.value } : {}),
          })),
        )
      )
        failures.push(`fix plan: expected ${JSON.stringify(x.fix)}, got ${JSON.stringify(got)}`);
      // Idempotence (TC-02): planning again on the fixed state gives an empty plan.
      const again = planFix(loaded.policy, { ...image, metadata: applyFix(image.metadata, plan.operations) }, opts);
      if (again.operations.length > 0)
        failures.push(`fix plan is not idempotent: second plan ${JSON.stringify(again.operations)}`);
    }
    compare("unfixable finding", x.unfixable, plan.unfixable, failures);
  }
  return { name: input.name, pass: failures.length === 0, failures, findings };
}
