// The fleet's totals, folded from each pair's compact result as it finishes, and the exit code they give:
// 4 (incomplete) when any pair is an error row, else 1 when findings fail the run (--fail-on), else 0.
import { EXIT } from "@imgctl/cli-core";
import { type FailOn, failsRun } from "../report.js";
import type { PairOutcome } from "./compact.js";

export interface FleetSummary {
  pairs: number;
  pairsDone: number;
  pairsFailed: number;
  images: number;
  pass: number;
  fail: number;
  warn: number;
  findings: number;
  suppressed: number;
  skippedPublic: number;
  exitCode: number;
}

export class FleetTally {
  private readonly s: Omit<FleetSummary, "exitCode">;
  private violating = false;

  constructor(
    pairs: number,
    private readonly failOn: FailOn = "deny",
    private readonly failOnSeverity?: string,
  ) {
    this.s = {
      pairs,
      pairsDone: 0,
      pairsFailed: 0,
      images: 0,
      pass: 0,
      fail: 0,
      warn: 0,
      findings: 0,
      suppressed: 0,
      skippedPublic: 0,
    };
  }

  add(o: PairOutcome): void {
    const s = this.s;
    if (o.type === "error") {
      s.pairsFailed++;
      return;
    }
    s.pairsDone++;
    s.images += o.images;
    s.pass += o.pass;
    s.fail += o.fail;
    s.warn += o.warn;
    s.findings += o.findings.length;
    s.suppressed += o.suppressed;
    s.skippedPublic += o.skippedPublic;
    if (!this.violating && failsRun(o, () => o.findings, this.failOn, this.failOnSeverity)) this.violating = true;
  }

  get exitCode(): number {
    if (this.s.pairsFailed > 0) return EXIT.incomplete;
    return this.violating ? EXIT.failure : EXIT.ok;
  }

  summary(): FleetSummary {
    return { ...this.s, exitCode: this.exitCode };
  }
}
