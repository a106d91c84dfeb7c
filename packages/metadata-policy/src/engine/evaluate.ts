// Evaluate one image against an effective policy. Linear in the number of items; no allocation on the clean path
// beyond the index. Order (as Azure Policy orders its effects): off rules skipped, rules evaluated, waivers applied, verdict.
import { builtinHits, limitHits } from "./builtins.js";
import { capEnforcement, type CompiledRule, type EffectivePolicy } from "./policy.js";
import type { Hit } from "./rules/common.js";
import { buildView, type ImageView } from "./state.js";
import { compareCodePoints } from "./text.js";
import type { Enforcement, EvaluateOptions, Evaluation, Finding, ImageContext, Layer, Verdict } from "./types.js";

interface Ranked {
  f: Finding;
  rank: number;
}

function toFinding(
  ruleId: string,
  layer: Layer | "builtin",
  enforcement: Enforcement,
  hit: Hit,
  rule?: CompiledRule,
): Finding {
  const readOnly = hit.readOnly === true;
  const f: Finding = {
    ruleId,
    layer,
    key: hit.key,
    reason: hit.reason,
    actual: hit.actual,
    expected: hit.expected,
    enforcement,
    fixable: hit.fix !== undefined && !readOnly,
    readOnly,
    message: hit.message,
  };
  if (rule?.severity) f.severity = rule.severity;
  if (hit.fix && !readOnly) f.fix = hit.fix;
  return f;
}

const compareFindings = (a: Finding, b: Finding) =>
  compareCodePoints(a.key ?? "", b.key ?? "") || compareCodePoints(a.reason, b.reason);
const order = (a: Ranked, b: Ranked) => a.rank - b.rank || compareFindings(a.f, b.f);

/** Deterministic order: builtin, limits, rules in policy order, then key and reason in code-point order. */
function sortFindings(findings: Finding[], ranks: number[]): Finding[] {
  // Rules run in policy order, so the list is often sorted already: one pass, no wrapper objects.
  let sorted = true;
  for (let i = 1; i < findings.length && sorted; i++) {
    const d = ranks[i - 1]! - ranks[i]!;
    if (d > 0 || (d === 0 && compareFindings(findings[i - 1]!, findings[i]!) > 0)) sorted = false;
  }
  if (sorted) return findings;
  return findings
    .map((f, i) => ({ f, rank: ranks[i]! }))
    .sort(order)
    .map((r) => r.f);
}

function imageSummary(image: ImageContext): Evaluation["image"] {
  // Explicit fields: object rest spread is measurably slower on the hot path.
  const out: Evaluation["image"] = {};
  if (image.id !== undefined) out.id = image.id;
  if (image.name !== undefined) out.name = image.name;
  if (image.projectId !== undefined) out.projectId = image.projectId;
  if (image.regionId !== undefined) out.regionId = image.regionId;
  if (image.visibility !== undefined) out.visibility = image.visibility;
  return out;
}

/** Evaluate on an already-built view (the write planner builds views of both states). */
export function evaluateView(policy: EffectivePolicy, view: ImageView, opts: EvaluateOptions = {}): Evaluation {
  const ceiling = opts.ceiling;
  const raw: Finding[] = [];
  const ranks: number[] = [];
  const builtinLevel = capEnforcement("deny", ceiling);
  if (view.caseCollisions.size || view.nfcCollisions.size)
    builtinHits(view, policy.knownKeys, policy.keyCase === "canonical", (id, hit) => {
      raw.push(toFinding(id, "builtin", builtinLevel, hit));
      ranks.push(0);
    });
  const limitLevel = capEnforcement(policy.limitsEnforcement, ceiling);
  if (limitLevel !== "off")
    limitHits(view, policy.limits, (id, hit) => {
      raw.push(toFinding(id, "org", limitLevel, hit));
      ranks.push(1);
    });
  // One emitter per evaluation (not one closure per rule): the current rule is a variable.
  let current: CompiledRule = policy.rules[0]!;
  let level: Enforcement = "deny";
  const emit = (hit: Hit) => {
    raw.push(toFinding(current.id, current.layer, level, hit, current));
    ranks.push(2 + current.order);
  };
  const notApplicable: string[] = [];
  const applicable: string[] = [];
  for (const rule of policy.rules) {
    level = capEnforcement(rule.enforcement, ceiling);
    if (level === "off") continue;
    if (!rule.applies(view)) {
      notApplicable.push(rule.id);
      continue;
    }
    applicable.push(rule.id);
    current = rule;
    rule.check(view, emit);
  }
  let findings = raw.length > 1 ? sortFindings(raw, ranks) : raw;
  const suppressed: Finding[] = [];
  const usedWaivers: string[] = [];
  if (findings.length > 0 && policy.waivers.length > 0) {
    const now = (opts.now ?? new Date()).getTime();
    const kept: Finding[] = [];
    const expiredHits = new Map<string, string>();
    const lineage = new Map(policy.rules.map((r) => [r.id, r.lineage]));
    for (const f of findings) {
      const names = lineage.get(f.ruleId) ?? [f.ruleId];
      const w = policy.waivers.find((w) => names.some((n) => w.rules.has(n)) && w.applies(view) && w.expiresAt > now);
      if (w) {
        f.suppressed = { waiverId: w.id, expires: w.expires, category: w.category, reason: w.reason, layer: w.layer };
        suppressed.push(f);
        if (!usedWaivers.includes(w.id)) usedWaivers.push(w.id);
        continue;
      }
      const expired = policy.waivers.find(
        (w) => names.some((n) => w.rules.has(n)) && w.applies(view) && w.expiresAt <= now,
      );
      if (expired) expiredHits.set(expired.id, expired.expires);
      kept.push(f);
    }
    // An expired waiver is ignored and says so once per image (warning), so it gets renewed or removed.
    const warn = capEnforcement("warn", ceiling);
    const expiredFindings = [...expiredHits].map(([id, expires]) =>
      toFinding("builtin/waiver-expired", "builtin", warn, {
        key: null,
        reason: "waiver-expired",
        actual: expires,
        expected: "an active waiver",
        message: `waiver "${id}" expired on ${expires}; its findings are reported again`,
      }),
    );
    findings = warn === "off" ? kept : [...expiredFindings, ...kept];
  }
  let verdict: Verdict = "pass";
  for (const f of findings) {
    if (f.enforcement === "deny") {
      verdict = "fail";
      break;
    }
    if (f.enforcement === "warn") verdict = "warn";
  }
  return { image: imageSummary(view.image), verdict, findings, suppressed, notApplicable, applicable, usedWaivers };
}

export function evaluate(policy: EffectivePolicy, image: ImageContext, opts: EvaluateOptions = {}): Evaluation {
  return evaluateView(policy, buildView(image, policy), opts);
}

/** Waivers that suppressed nothing across a run (`waiver/unused`, a warning) and those already expired. */
export function waiverHygiene(
  policy: EffectivePolicy,
  evaluations: Evaluation[],
  now: Date = new Date(),
): { unused: string[]; expired: string[] } {
  const used = new Set(evaluations.flatMap((e) => e.usedWaivers));
  const t = now.getTime();
  return {
    unused: policy.waivers.filter((w) => w.expiresAt > t && !used.has(w.id)).map((w) => w.id),
    expired: policy.waivers.filter((w) => w.expiresAt <= t).map((w) => w.id),
  };
}
