// The fleet report every final format is written from: the summary, each pair without its findings (error rows as
// they are), and the findings with their project and region, all in (project, region) order so that a resumed run
// and an uninterrupted one give the same document.
import { VERSION } from "../../version.js";
import type { CompactFinding, PairErrorRow, PairOutcome } from "../compact.js";
import type { FleetSummary } from "../tally.js";

export type FleetFinding = { project: number; region: number } & CompactFinding;
export type PairRow = Omit<Extract<PairOutcome, { type: "pair" }>, "findings" | "type"> | Omit<PairErrorRow, "type">;

export interface FleetDocument {
  schemaVersion: "1";
  kind: "fleet";
  tool: { name: "metadata-policy"; version: string };
  policy: { digest: string };
  summary: FleetSummary;
  pairs: PairRow[];
  findings: FleetFinding[];
  /** Set when --max-findings cut the findings list (the summary keeps the totals). */
  truncated?: boolean;
}

const byPair = (a: PairOutcome, b: PairOutcome) => a.project - b.project || a.region - b.region;

export function fleetDocument(
  digest: string,
  summary: FleetSummary,
  outcomes: PairOutcome[],
  maxFindings?: number,
): FleetDocument {
  const sorted = [...outcomes].sort(byPair);
  const pairs: PairRow[] = sorted.map((o) => {
    if (o.type === "error") return { project: o.project, region: o.region, error: o.error };
    const { type: _type, findings: _findings, ...row } = o;
    return row;
  });
  const findings: FleetFinding[] = sorted.flatMap((o) =>
    o.type === "pair" ? o.findings.map((f) => ({ project: o.project, region: o.region, ...f })) : [],
  );
  const cut = maxFindings !== undefined && findings.length > maxFindings;
  return {
    schemaVersion: "1",
    kind: "fleet",
    tool: { name: "metadata-policy", version: VERSION },
    policy: { digest },
    summary,
    pairs,
    findings: cut ? findings.slice(0, maxFindings) : findings,
    ...(cut ? { truncated: true } : {}),
  };
}

export const isErrorRow = (row: PairRow): row is Omit<PairErrorRow, "type"> => "error" in row;
