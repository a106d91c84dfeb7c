// `policy check` over a fleet, from the pairs to the exit code: the state file, the stream or the collected compact
// results, the progress line, SIGINT. The command only gathers its flags into a FleetCheckParams.
import type { ImagesClient } from "@imgctl/client";
import type { EffectivePolicy, Enforcement } from "@imgctl/metadata-policy/engine";
import type { FailOn } from "../report.js";
import type { PairOutcome, PairResult } from "./compact.js";
import { FleetReport } from "./formats/document.js";
import { interrupted } from "./interrupt.js";
import { startProgress } from "./progress.js";
import { runFleetCheck } from "./run-check.js";
import type { Pair } from "./selection.js";
import { openSink } from "./sink.js";
import { FleetState, type StateHeader } from "./state.js";
import { FleetTally, type FleetSummary } from "./tally.js";

export interface FleetCheckParams {
  client: ImagesClient;
  pairs: Pair[];
  policy: EffectivePolicy;
  now: Date;
  ceiling: Enforcement | undefined;
  owned: boolean;
  includePublic: boolean;
  failOn: FailOn;
  failOnSeverity: string | undefined;
  maxFindings: number | undefined;
  concurrency: number;
  maxRetries: number;
  state: { file: string; header: StateHeader } | undefined;
  /** JSON Lines as pairs finish (to `output` or stdout) instead of a final document. */
  stream: boolean;
  output: string | undefined;
  /** Draw the progress line on stderr (a terminal, and the report not JSON on the same terminal). */
  progress: boolean;
  signal: AbortSignal;
}

export async function fleetCheck(p: FleetCheckParams): Promise<{ summary: FleetSummary; report?: FleetReport }> {
  const state = p.state ? FleetState.open<PairResult>(p.state.file, p.state.header) : undefined;
  const tally = new FleetTally(p.pairs.length, p.failOn, p.failOnSeverity);
  const kept: PairOutcome[] = [];
  const sink = p.stream ? openSink(p.output) : undefined;
  const progress = await startProgress(p.pairs.length, p.progress ? process.stderr : undefined);
  try {
    await runFleetCheck({
      client: p.client,
      pairs: p.pairs,
      check: {
        policy: p.policy,
        now: p.now,
        ceiling: p.ceiling,
        owned: p.owned,
        includePublic: p.includePublic,
        maxRetries: p.maxRetries,
      },
      concurrency: p.concurrency,
      state,
      progress,
      signal: p.signal,
      onOutcome: (o) => {
        tally.add(o);
        if (sink) sink.line(o);
        else kept.push(o);
      },
    });
  } finally {
    progress.stop();
    state?.close();
  }
  const summary = tally.summary();
  if (p.signal.aborted) {
    sink?.close();
    throw interrupted(summary.pairsDone + summary.pairsFailed, p.pairs.length, p.state?.file);
  }
  if (sink) {
    sink.line({ type: "summary", ...summary });
    sink.close();
    return { summary };
  }
  return { summary, report: new FleetReport(p.policy.digest, summary, kept, p.maxFindings) };
}
