// `policy fix` over a fleet: plan every pair (the pool), check the safety limits on the fleet's totals, ask (or
// not), then apply pair by pair (the pool again), recording each finished pair in the state file.
import type { ImagesClient } from "@imgctl/client";
import type { PairErrorRow } from "./compact.js";
import { errorRow } from "./error-row.js";
import { applyPair, changes, type FixPlanOptions, type PairFixed, type PairPlan, planPair } from "./fix-pair.js";
import { interrupted } from "./interrupt.js";
import { runPool } from "./pool.js";
import { type Pair, pairKey } from "./selection.js";
import { FleetState, type StateHeader } from "./state.js";

/** A pair planned (dry run, declined, or not yet applied), fixed (this run, with its plans; or a resumed run's
 * record), or an error row. */
export type FixOutcome = PairPlan | (PairFixed & { plans?: PairPlan["plans"] }) | PairErrorRow;

export interface FleetFixParams {
  client: ImagesClient;
  pairs: Pair[];
  plan: Omit<FixPlanOptions, "signal">;
  concurrency: number;
  state: { file: string; header: StateHeader } | undefined;
  dryRun: boolean;
  signal: AbortSignal;
  /** Throws when the fleet's totals break --max-images / --max-percent. */
  checkLimits(changing: number, images: number): void;
  /** Whether to apply (--yes, or the user said yes); not called for a dry run or when nothing changes. */
  confirm(outcomes: FixOutcome[], changing: number): Promise<boolean>;
}

export interface FleetFixResult {
  outcomes: FixOutcome[];
  changing: number;
}

const byPair = (a: FixOutcome, b: FixOutcome) => a.project - b.project || a.region - b.region;

async function planAllPairs(p: FleetFixParams, state: FleetState<PairFixed> | undefined): Promise<FixOutcome[]> {
  const outcomes: FixOutcome[] = [];
  const todo = p.pairs.filter((pair) => {
    const done = state?.done.get(pairKey(pair[0], pair[1]));
    if (done) outcomes.push(done);
    return !done;
  });
  const opts = { ...p.plan, signal: p.signal };
  await runPool(
    todo,
    p.concurrency,
    async (pair) => {
      try {
        outcomes.push(await planPair(p.client, pair, opts));
      } catch (e) {
        if (!p.signal.aborted) outcomes.push(errorRow(pair, e));
      }
    },
    p.signal,
  );
  if (p.signal.aborted) throw interrupted(0, p.pairs.length, p.state?.file);
  return outcomes.sort(byPair);
}

export async function fleetFix(p: FleetFixParams): Promise<FleetFixResult> {
  const state = p.state ? FleetState.open<PairFixed>(p.state.file, p.state.header, !p.dryRun) : undefined;
  try {
    const outcomes = await planAllPairs(p, state);
    const planned = outcomes.filter((o): o is PairPlan => o.type === "plan");
    const changing = planned.reduce((n, o) => n + o.plans.filter(changes).length, 0);
    p.checkLimits(
      changing,
      planned.reduce((n, o) => n + o.images, 0),
    );
    if (p.dryRun || changing === 0 || !(await p.confirm(outcomes, changing))) return { outcomes, changing };
    await runPool(
      planned,
      p.concurrency,
      async (plan) => {
        const i = outcomes.indexOf(plan);
        try {
          const fixed = await applyPair(p.client, plan, p.signal);
          state?.record(fixed);
          outcomes[i] = { ...fixed, plans: plan.plans };
        } catch (e) {
          if (!p.signal.aborted) outcomes[i] = errorRow([plan.project, plan.region], e);
        }
      },
      p.signal,
    );
    if (p.signal.aborted)
      throw interrupted(outcomes.filter((o) => o.type === "fixed").length, p.pairs.length, p.state?.file);
    return { outcomes, changing };
  } finally {
    state?.close();
  }
}
