// The stable, versioned report every output format is rendered from.
import { waiverHygiene } from "@imgctl/metadata-policy/engine";
import type { EffectivePolicy, Diagnostic, Evaluation, Finding } from "@imgctl/metadata-policy/engine";
import { VERSION } from "./version.js";

export interface ReportFinding {
  ruleId: string;
  layer: string;
  key: string | null;
  reason: string;
  actual: string | null;
  expected: string | null;
  enforcement: string;
  severity?: string;
  fixable: boolean;
  readOnly: boolean;
  message: string;
  suppressed?: { waiverId: string; expires: string; category: string; reason: string };
}

/** An effective rule; `source`/`line` say where it was written (the last file that defined or refined it). */
export interface ReportRule {
  id: string;
  type: string;
  layer: string;
  enforcement: string;
  description?: string;
  source?: string;
  line?: number;
}

export interface ReportResult {
  image: Evaluation["image"];
  verdict: Evaluation["verdict"];
  findings: ReportFinding[];
  suppressed: ReportFinding[];
  notApplicable: string[];
  applicable: string[];
}

export interface Report {
  schemaVersion: "1";
  tool: { name: "metadata-policy"; version: string };
  policy: { digest: string; layers: EffectivePolicy["layers"]; rules: ReportRule[] };
  /** `skippedPublic`: public images of other projects left out of the run (`policy check --include-public` keeps them). */
  summary: {
    images: number;
    pass: number;
    fail: number;
    warn: number;
    findings: number;
    suppressed: number;
    notApplicable: number;
    unfixable: number;
    skippedPublic: number;
  };
  results: ReportResult[];
  waivers: { unused: string[]; expired: string[] };
  diagnostics: Diagnostic[];
  errors: Array<{ image?: string; message: string }>;
  truncated: boolean;
  totalFindings: number;
}

function toReportFinding(f: Finding): ReportFinding {
  const out: ReportFinding = {
    ruleId: f.ruleId,
    layer: f.layer,
    key: f.key,
    reason: f.reason,
    actual: f.actual,
    expected: f.expected,
    enforcement: f.enforcement,
    fixable: f.fixable,
    readOnly: f.readOnly,
    message: f.message,
  };
  if (f.severity) out.severity = f.severity;
  if (f.suppressed)
    out.suppressed = {
      waiverId: f.suppressed.waiverId,
      expires: f.suppressed.expires,
      category: f.suppressed.category,
      reason: f.suppressed.reason,
    };
  return out;
}

export function reportRule(r: EffectivePolicy["rules"][number]): ReportRule {
  const at = r.provenance.at(-1);
  return {
    id: r.id,
    type: r.type,
    layer: r.layer,
    enforcement: r.enforcement,
    ...(r.description ? { description: r.description } : {}),
    ...(at?.source !== undefined ? { source: at.source } : {}),
    ...(at?.line !== undefined ? { line: at.line } : {}),
  };
}

export function buildReport(
  policy: EffectivePolicy,
  evaluations: Evaluation[],
  opts: {
    now?: Date;
    maxFindings?: number;
    diagnostics?: Diagnostic[];
    errors?: Report["errors"];
    skippedPublic?: number;
  } = {},
): Report {
  let budget = opts.maxFindings ?? Number.POSITIVE_INFINITY;
  let total = 0;
  const summary = {
    images: evaluations.length,
    pass: 0,
    fail: 0,
    warn: 0,
    findings: 0,
    suppressed: 0,
    notApplicable: 0,
    unfixable: 0,
    skippedPublic: opts.skippedPublic ?? 0,
  };
  const results: ReportResult[] = evaluations.map((ev) => {
    summary[ev.verdict]++;
    summary.findings += ev.findings.length;
    summary.suppressed += ev.suppressed.length;
    summary.notApplicable += ev.notApplicable.length;
    summary.unfixable += ev.findings.filter((f) => !f.fixable && f.enforcement !== "audit").length;
    total += ev.findings.length;
    const kept = ev.findings.slice(0, Math.max(0, Math.min(ev.findings.length, budget)));
    budget -= kept.length;
    return {
      image: ev.image,
      verdict: ev.verdict,
      findings: kept.map(toReportFinding),
      suppressed: ev.suppressed.map(toReportFinding),
      notApplicable: ev.notApplicable,
      applicable: ev.applicable,
    };
  });
  return {
    schemaVersion: "1",
    tool: { name: "metadata-policy", version: VERSION },
    policy: {
      digest: policy.digest,
      layers: policy.layers,
      rules: policy.rules.map(reportRule),
    },
    summary,
    results,
    waivers: waiverHygiene(policy, evaluations, opts.now),
    diagnostics: opts.diagnostics ?? [],
    errors: opts.errors ?? [],
    truncated: total > (opts.maxFindings ?? Number.POSITIVE_INFINITY),
    totalFindings: total,
  };
}

export type FailOn = "deny" | "warn" | "never";

const SEVERITY_RANK: Record<string, number> = { low: 1, medium: 2, high: 3, critical: 4 };

/**
 * Whether findings fail a run: an unsuppressed finding at or above the threshold (audit never fails). With a severity
 * threshold (checkov's --hard-fail-on style), only deny/warn findings of rules at or above that severity count.
 * `findings` is read only for a severity threshold. One rule for a report and for each pair of a fleet.
 */
export function failsRun(
  counts: { fail: number; warn: number },
  findings: () => Iterable<{ enforcement: string; severity?: string | undefined }>,
  failOn: FailOn,
  failOnSeverity?: string,
): boolean {
  if (failOn === "never") return false;
  if (failOnSeverity === undefined) return counts.fail > 0 || (failOn === "warn" && counts.warn > 0);
  const min = SEVERITY_RANK[failOnSeverity] ?? 0;
  for (const f of findings())
    if (
      (f.enforcement === "deny" || (failOn === "warn" && f.enforcement === "warn")) &&
      (SEVERITY_RANK[f.severity ?? ""] ?? 0) >= min
    )
      return true;
  return false;
}

/** Exit 1 when the report's findings fail the run (`failsRun`). */
export function violates(report: Report, failOn: FailOn, failOnSeverity?: string): boolean {
  return failsRun(
    report.summary,
    function* () {
      for (const r of report.results) yield* r.findings;
    },
    failOn,
    failOnSeverity,
  );
}
