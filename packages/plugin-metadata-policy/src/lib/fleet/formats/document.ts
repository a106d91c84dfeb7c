// The fleet report every final format is written from: the summary, each pair without its findings (error rows as
// they are), and the findings with their project and region, all in (project, region) order so that a resumed run
// and an uninterrupted one give the same document. Findings are produced one at a time from the compact results,
// so writing a report does not copy them.
import { VERSION } from "../../version.js";
import type { CompactFinding, PairErrorRow, PairOutcome, PairResult } from "../compact.js";
import { ITEMS } from "../json-writer.js";
import type { FleetSummary } from "../tally.js";

export type FleetFinding = { project: number; region: number } & CompactFinding;
export type PairRow = Omit<PairResult, "findings" | "type"> | Omit<PairErrorRow, "type">;

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

export const isErrorRow = (row: PairRow): row is Omit<PairErrorRow, "type"> => "error" in row;

export class FleetReport {
  readonly pairs: PairRow[];
  readonly truncated: boolean;
  private readonly results: PairResult[];
  private readonly limit: number;
  private readonly counts = new Map<string, number>();

  constructor(
    readonly digest: string,
    readonly summary: FleetSummary,
    outcomes: PairOutcome[],
    maxFindings?: number,
  ) {
    const sorted = [...outcomes].sort(byPair);
    this.pairs = sorted.map((o) => {
      if (o.type === "error") return { project: o.project, region: o.region, error: o.error };
      const { type: _type, findings: _findings, ...row } = o;
      return row;
    });
    this.results = sorted.filter((o): o is PairResult => o.type === "pair");
    for (const r of this.results) this.counts.set(`${r.project}/${r.region}`, r.findings.length);
    this.limit = maxFindings ?? Number.POSITIVE_INFINITY;
    this.truncated = summary.findings > this.limit;
  }

  /** A pair's findings, all of them (--max-findings cuts the list, not the counts). */
  findingCount(row: PairRow): number {
    return this.counts.get(`${row.project}/${row.region}`) ?? 0;
  }

  /** The findings in (project, region) order, at most --max-findings of them. */
  *findings(): Generator<FleetFinding> {
    let n = 0;
    for (const r of this.results)
      for (const f of r.findings) {
        if (n++ >= this.limit) return;
        yield { project: r.project, region: r.region, ...f };
      }
  }

  /** The document with `findings` set to `findings` (the whole list, or the writer's placeholder). */
  private shape<F>(findings: F) {
    return {
      schemaVersion: "1" as const,
      kind: "fleet" as const,
      tool: { name: "metadata-policy" as const, version: VERSION },
      policy: { digest: this.digest },
      summary: this.summary,
      pairs: this.pairs,
      findings,
      ...(this.truncated ? { truncated: true } : {}),
    };
  }

  /** The whole document in memory (`--json`, and the formats that need it all). */
  document(): FleetDocument {
    return this.shape([...this.findings()]);
  }

  /** The document with a placeholder where the writer puts the findings one by one. */
  skeleton() {
    return this.shape(ITEMS);
  }
}
