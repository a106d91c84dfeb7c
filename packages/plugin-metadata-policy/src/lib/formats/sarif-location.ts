// Where a SARIF result points. Code scanning places every alert on a file line, so each result gets a physical
// location in the policy: the line of the violated rule (builtin/* and limits/* checks have no rule line: the first
// policy file, line 1). The image stays a logical location beside it. Snapshot files are not used: they are generated,
// often not committed, and JSON has no stable line per image, so an alert anchored there would move every run.
import { createHash } from "node:crypto";
import { isAbsolute, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { Report, ReportFinding, ReportResult } from "../report.js";
import { logicalName } from "./location.js";

/** The base the relative URIs resolve against: the directory the command ran in (the repository root in CI). */
export const SRCROOT = "%SRCROOT%";

export interface ArtifactUri {
  uri: string;
  uriBaseId?: string;
}

/** A path as GitHub expects it: relative (forward slashes) under the base, else an absolute file: URI. */
function artifactUri(file: string, baseDir: string): ArtifactUri {
  const rel = relative(baseDir, file);
  if (rel !== "" && !rel.startsWith("..") && !isAbsolute(rel))
    return { uri: rel.split(sep).map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
  return { uri: pathToFileURL(file).href };
}

export function physicalLocation(file: string | undefined, line: number | undefined, baseDir: string) {
  return { artifactLocation: artifactUri(file ?? "policy", baseDir), region: { startLine: line ?? 1 } };
}

/** Rule id → its file and line; findings of builtin and limit checks point at the first policy file. */
export function ruleLocator(report: Pick<Report, "policy">, baseDir: string) {
  const byId = new Map(report.policy.rules.map((r) => [r.id, r]));
  const firstFile = report.policy.layers.find((l) => l.source !== undefined)?.source;
  return (ruleId: string) => {
    const rule = byId.get(ruleId);
    return rule?.source !== undefined
      ? physicalLocation(rule.source, rule.line, baseDir)
      : physicalLocation(firstFile, 1, baseDir);
  };
}

export function findingLocation(
  physical: ReturnType<typeof physicalLocation>,
  res: Pick<ReportResult, "image">,
  key: string | null,
) {
  return {
    physicalLocation: physical,
    logicalLocations: [{ fullyQualifiedName: logicalName(res.image, key), kind: "resource" }],
  };
}

/**
 * Many images can break one rule at one policy line, so the line alone cannot tell their alerts apart: the fingerprint
 * is the rule, the image's place and id, the key and the reason (stable across runs, unlike the message).
 */
export function fingerprint(
  res: Pick<ReportResult, "image">,
  f: Pick<ReportFinding, "ruleId" | "key" | "reason">,
): Record<string, string> {
  const identity = [f.ruleId, logicalName(res.image, f.key), f.reason].join("\u0000");
  return { "imgctlFinding/v1": createHash("sha256").update(identity).digest("hex") };
}
