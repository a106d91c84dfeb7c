// The fleet as SARIF 2.1.0, written at the end from the compact results: one result per finding, at the violated
// rule's line in the policy (GitHub code scanning places every alert on a file line), with `project/region/image`
// as its logical location, and one notification per pair that could not be read. Results are written one by one.
import { pathToFileURL } from "node:url";
import type { EffectivePolicy } from "@imgctl/metadata-policy/engine";
import { LEVEL, ruleDescriptors } from "../../formats/sarif.js";
import { findingLocation, fingerprint, ruleLocator, SRCROOT } from "../../formats/sarif-location.js";
import { reportRule } from "../../report.js";
import { VERSION } from "../../version.js";
import { ITEMS, type TextSink, writeJsonWithItems } from "../json-writer.js";
import type { FleetFinding, FleetReport } from "./document.js";
import { isErrorRow } from "./document.js";

const imageOf = (f: FleetFinding) => ({
  image: {
    projectId: f.project,
    regionId: f.region,
    ...(f.imageId !== null ? { id: f.imageId } : {}),
    ...(f.imageName !== null ? { name: f.imageName } : {}),
  },
});

const label = (f: FleetFinding) =>
  `${f.project}/${f.region}: ${f.imageName ? `${f.imageName} (${f.imageId ?? "-"})` : (f.imageId ?? "-")}`;

export function writeFleetSarif(
  out: TextSink,
  doc: FleetReport,
  policy: EffectivePolicy,
  baseDir = process.cwd(),
): void {
  const reported = { policy: { digest: policy.digest, layers: policy.layers, rules: policy.rules.map(reportRule) } };
  const known = new Set(reported.policy.rules.map((r) => r.id));
  const extra = new Set<string>();
  for (const f of doc.findings()) if (!known.has(f.ruleId)) extra.add(f.ruleId);
  const rules = ruleDescriptors(reported.policy.rules, extra);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const locate = ruleLocator(reported, baseDir);
  const result = (f: FleetFinding) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId) ?? -1,
    level: LEVEL[f.enforcement] ?? "warning",
    kind: "fail",
    message: { text: `${label(f)}: ${f.message}` },
    locations: [findingLocation(locate(f.ruleId), imageOf(f), f.key)],
    partialFingerprints: fingerprint(imageOf(f), f),
    properties: { reason: f.reason, key: f.key, fixable: f.fixable, readOnly: f.readOnly, layer: f.layer },
  });
  // A pair that could not be read is not a finding about an image: it is a tool notification, so code scanning
  // shows the scan as incomplete instead of opening an alert.
  const notifications = doc.pairs.filter(isErrorRow).map((r) => ({
    level: "error",
    message: {
      text: `${r.project}/${r.region}: ${r.error.status !== undefined ? `${r.error.status} ` : ""}${r.error.message}`,
    },
  }));
  const run = {
    tool: {
      driver: {
        name: "imgctl metadata-policy",
        version: VERSION,
        informationUri: "https://github.com/imgctl/imgctl",
        rules,
      },
    },
    originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(baseDir + "/").href } },
    invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
    results: ITEMS,
    properties: { policyDigest: doc.digest, summary: doc.summary, truncated: doc.truncated },
  };
  const log = { $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [run] };
  writeJsonWithItems(out, log, map(doc.findings(), result));
}

function* map<T, U>(items: Iterable<T>, f: (t: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}
