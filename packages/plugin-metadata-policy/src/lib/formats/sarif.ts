// SARIF 2.1.0 (OASIS): a reportingDescriptor per rule, a result per finding (level by enforcement, kind fail),
// a logical location per image/key, policy-file diagnostics with physical locations, waivers as suppressions.
import type { Diagnostic } from "@imgctl/metadata-policy/engine";
import type { Report, ReportFinding, ReportResult } from "../report.js";
import { logicalName } from "./location.js";

const LEVEL: Record<string, "error" | "warning" | "note" | "none"> = { deny: "error", warn: "warning", audit: "note", off: "none" };

export interface SarifOptions {
  /** Out-of-scope rules become `kind: notApplicable` results (--sarif-include-pass). */
  includeNotApplicable?: boolean;
}

function diagnosticResult(d: Diagnostic) {
  return {
    ruleId: d.code,
    level: d.severity === "error" ? "error" : "warning",
    kind: "fail",
    message: { text: d.message },
    ...(d.source
      ? { locations: [{ physicalLocation: { artifactLocation: { uri: d.source }, ...(d.line ? { region: { startLine: d.line } } : {}) } }] }
      : {}),
  };
}

export function renderSarif(report: Report, opts: SarifOptions = {}): string {
  const ruleIds = new Set<string>(report.policy.rules.map((r) => r.id));
  const extraIds = new Set<string>();
  const collect = (f: ReportFinding) => {
    if (!ruleIds.has(f.ruleId)) extraIds.add(f.ruleId);
  };
  report.results.forEach((r) => [...r.findings, ...r.suppressed].forEach(collect));
  report.diagnostics.forEach((d) => extraIds.add(d.code));
  const rules = [
    ...report.policy.rules.map((r) => ({
      id: r.id,
      shortDescription: { text: r.description ?? `${r.type} rule (${r.layer} layer)` },
      defaultConfiguration: { level: LEVEL[r.enforcement] ?? "warning", enabled: r.enforcement !== "off" },
      properties: { type: r.type, layer: r.layer },
    })),
    ...[...extraIds].sort().map((id) => ({ id, shortDescription: { text: id.startsWith("builtin/") ? "built-in check" : id.startsWith("limits/") ? "policy limit" : "policy diagnostic" } })),
  ];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const result = (res: ReportResult, f: ReportFinding) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId) ?? -1,
    level: LEVEL[f.enforcement] ?? "warning",
    kind: "fail",
    message: { text: f.message },
    locations: [{ logicalLocations: [{ fullyQualifiedName: logicalName(res.image, f.key), kind: "resource" }] }],
    ...(f.suppressed ? { suppressions: [{ kind: "external", status: "accepted", justification: `${f.suppressed.waiverId} (${f.suppressed.category}, expires ${f.suppressed.expires}): ${f.suppressed.reason}` }] } : {}),
    properties: { reason: f.reason, key: f.key, actual: f.actual, expected: f.expected, fixable: f.fixable, readOnly: f.readOnly, layer: f.layer },
  });
  const results = [
    ...report.diagnostics.map(diagnosticResult),
    ...report.results.flatMap((res) => [
      ...res.findings.map((f) => result(res, f)),
      ...res.suppressed.map((f) => result(res, f)),
      ...(opts.includeNotApplicable
        ? res.notApplicable.map((id) => ({
            ruleId: id,
            ruleIndex: index.get(id) ?? -1,
            kind: "notApplicable",
            level: "none",
            message: { text: `rule ${id} does not apply to this image` },
            locations: [{ logicalLocations: [{ fullyQualifiedName: logicalName(res.image, null), kind: "resource" }] }],
          }))
        : []),
    ]),
  ];
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "imgctl metadata-policy", version: report.tool.version, informationUri: "https://github.com/imgctl/imgctl", rules } },
        results,
        properties: { policyDigest: report.policy.digest, summary: report.summary, truncated: report.truncated, totalFindings: report.totalFindings },
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
