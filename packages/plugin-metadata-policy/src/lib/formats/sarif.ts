// SARIF 2.1.0 (OASIS), in the subset GitHub code scanning accepts: a reportingDescriptor per rule, a result per
// finding (level by enforcement, kind fail) located at the violated rule's line in the policy file with the image as
// a logical location, policy-file diagnostics at their line, waivers as suppressions.
import type { Diagnostic } from "@imgctl/metadata-policy/engine";
import type { Report, ReportFinding, ReportResult } from "../report.js";
import { imageLabel } from "./location.js";
import { fingerprint, findingLocation, physicalLocation, ruleLocator, SRCROOT } from "./sarif-location.js";
import { pathToFileURL } from "node:url";

export const LEVEL: Record<string, "error" | "warning" | "note" | "none"> = {
  deny: "error",
  warn: "warning",
  audit: "note",
  off: "none",
};

export interface SarifOptions {
  /** Out-of-scope rules become `kind: notApplicable` results (--sarif-include-pass). */
  includeNotApplicable?: boolean;
  /** Relative artifact URIs resolve against this directory (default: the working directory). */
  baseDir?: string;
}

function diagnosticResult(d: Diagnostic, baseDir: string) {
  return {
    ruleId: d.code,
    level: d.severity === "error" ? "error" : "warning",
    kind: "fail",
    message: { text: d.message },
    locations: [{ physicalLocation: physicalLocation(d.source, d.line, baseDir) }],
  };
}

function driverRules(report: Report) {
  return ruleDescriptors(report.policy.rules, extraRuleIds(report));
}

function extraRuleIds(report: Report): Set<string> {
  const ruleIds = new Set<string>(report.policy.rules.map((r) => r.id));
  const extraIds = new Set<string>();
  const collect = (f: ReportFinding) => {
    if (!ruleIds.has(f.ruleId)) extraIds.add(f.ruleId);
  };
  for (const r of report.results) for (const f of [...r.findings, ...r.suppressed]) collect(f);
  for (const d of report.diagnostics) extraIds.add(d.code);
  return extraIds;
}

/** A reportingDescriptor per policy rule, then one per other id (built-in checks, limits, diagnostics), sorted. */
export function ruleDescriptors(rules: Report["policy"]["rules"], extraIds: Set<string>) {
  return [
    ...rules.map((r) => ({
      id: r.id,
      shortDescription: { text: r.description ?? `${r.type} rule (${r.layer} layer)` },
      defaultConfiguration: { level: LEVEL[r.enforcement] ?? "warning", enabled: r.enforcement !== "off" },
      properties: { type: r.type, layer: r.layer },
    })),
    ...[...extraIds].sort().map((id) => ({
      id,
      shortDescription: {
        text: id.startsWith("builtin/")
          ? "built-in check"
          : id.startsWith("limits/")
            ? "policy limit"
            : "policy diagnostic",
      },
    })),
  ];
}

export function renderSarif(report: Report, opts: SarifOptions = {}): string {
  const baseDir = opts.baseDir ?? process.cwd();
  const rules = driverRules(report);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const locate = ruleLocator(report, baseDir);
  const result = (res: ReportResult, f: ReportFinding) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId) ?? -1,
    level: LEVEL[f.enforcement] ?? "warning",
    kind: "fail",
    // The alert sits on the policy line, so the message names the image it is about.
    message: { text: `${imageLabel(res.image)}: ${f.message}` },
    locations: [findingLocation(locate(f.ruleId), res, f.key)],
    partialFingerprints: fingerprint(res, f),
    ...(f.suppressed
      ? {
          suppressions: [
            {
              kind: "external",
              status: "accepted",
              justification: `${f.suppressed.waiverId} (${f.suppressed.category}, expires ${f.suppressed.expires}): ${f.suppressed.reason}`,
            },
          ],
        }
      : {}),
    properties: {
      reason: f.reason,
      key: f.key,
      actual: f.actual,
      expected: f.expected,
      fixable: f.fixable,
      readOnly: f.readOnly,
      layer: f.layer,
    },
  });
  const notApplicable = (res: ReportResult, id: string) => ({
    ruleId: id,
    ruleIndex: index.get(id) ?? -1,
    kind: "notApplicable",
    level: "none",
    message: { text: `${imageLabel(res.image)}: rule ${id} does not apply to this image` },
    locations: [findingLocation(locate(id), res, null)],
  });
  const results = [
    ...report.diagnostics.map((d) => diagnosticResult(d, baseDir)),
    ...report.results.flatMap((res) => [
      ...res.findings.map((f) => result(res, f)),
      ...res.suppressed.map((f) => result(res, f)),
      ...(opts.includeNotApplicable ? res.notApplicable.map((id) => notApplicable(res, id)) : []),
    ]),
  ];
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "imgctl metadata-policy",
            version: report.tool.version,
            informationUri: "https://github.com/imgctl/imgctl",
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(baseDir + "/").href } },
        results,
        properties: {
          policyDigest: report.policy.digest,
          summary: report.summary,
          truncated: report.truncated,
          totalFindings: report.totalFindings,
        },
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
