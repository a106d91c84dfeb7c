// A fleet check: finished pairs from the state file are replayed, the rest are scanned by the pool; every outcome
// (in finishing order) goes to `onOutcome`, which streams it or keeps its compact result for the final report.
import type { ImagesClient } from "@imgctl/client";
import type { PairOutcome, PairResult } from "./compact.js";
import { errorRow } from "./error-row.js";
import { runPool } from "./pool.js";
import type { Progress } from "./progress.js";
import { scanPair, type CheckOptions } from "./scan-pair.js";
import { type Pair, pairKey } from "./selection.js";
import type { FleetState } from "./state.js";

export interface FleetCheckRun {
  client: ImagesClient;
  pairs: Pair[];
  check: Omit<CheckOptions, "signal" | "onImages">;
  concurrency: number;
  state: FleetState<PairResult> | undefined;
  progress: Progress;
  signal: AbortSignal;
  onOutcome: (o: PairOutcome) => void;
}

export async function runFleetCheck(run: FleetCheckRun): Promise<void> {
  const { state, progress, signal } = run;
  const finish = (o: PairOutcome) => {
    progress.pair(o.type === "pair" ? o.findings.length : 0);
    run.onOutcome(o);
  };
  const todo: Pair[] = [];
  for (const pair of run.pairs) {
    const stored = state?.done.get(pairKey(pair[0], pair[1]));
    if (stored) {
      progress.images(stored.images);
      finish(stored);
    } else todo.push(pair);
  }
  const check: CheckOptions = { ...run.check, signal, onImages: (n) => progress.images(n) };
  await runPool(
    todo,
    run.concurrency,
    async (pair) => {
      let outcome: PairOutcome;
      try {
        outcome = await scanPair(run.client, pair, check);
        state?.record(outcome);
      } catch (e) {
        // An aborted pair is not a failed one: it is neither reported nor recorded, a rerun scans it.
        if (signal.aborted) return;
        outcome = errorRow(pair, e);
      }
      finish(outcome);
    },
    signal,
  );
}
