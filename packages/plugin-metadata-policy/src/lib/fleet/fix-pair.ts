// `policy fix` on one pair of a fleet: plan its own images (public and shared ones are someone else's), keep only
// the plans that change something or report an unfixable deny finding; later, apply them.
import type { ImagesClient } from "@imgctl/client";
import {
  planFix,
  type EffectivePolicy,
  type Enforcement,
  type FixPlan,
  type FixStrategy,
} from "@imgctl/metadata-policy/engine";
import { applyPlan } from "../fix.js";
import { listPair } from "./list-pair.js";
import type { Pair } from "./selection.js";

export interface PairPlan {
  type: "plan";
  project: number;
  region: number;
  images: number;
  plans: FixPlan[];
}

/** A pair whose fix is finished: what the state file records and a resumed run replays. */
export interface PairFixed {
  type: "fixed";
  project: number;
  region: number;
  images: number;
  /** The images changed (ids), by this run or the one recorded. */
  changed: string[];
  unfixable: number;
}

export interface FixPlanOptions {
  policy: EffectivePolicy;
  now: Date;
  ceiling?: Enforcement | undefined;
  strategy: FixStrategy;
  maxRetries: number;
  signal: AbortSignal;
}

export const changes = (p: FixPlan) => p.operations.length > 0;
export const denyUnfixable = (p: FixPlan) => p.unfixable.filter((u) => u.enforcement === "deny").length;

export async function planPair(client: ImagesClient, pair: Pair, o: FixPlanOptions): Promise<PairPlan> {
  const out: PairPlan = { type: "plan", project: pair[0], region: pair[1], images: 0, plans: [] };
  const planOpts = { now: o.now, strategy: o.strategy, ...(o.ceiling ? { ceiling: o.ceiling } : {}) };
  for await (const image of listPair(client, pair, { owned: true, maxRetries: o.maxRetries, signal: o.signal })) {
    out.images++;
    const plan = planFix(o.policy, image, planOpts);
    if (changes(plan) || denyUnfixable(plan) > 0) out.plans.push(plan);
  }
  return out;
}

/** Applies a pair's plans in order; stops between images when the run is interrupted. */
export async function applyPair(client: ImagesClient, p: PairPlan, signal: AbortSignal): Promise<PairFixed> {
  const scope = { project_id: p.project, region_id: p.region };
  const changed: string[] = [];
  for (const plan of p.plans.filter(changes)) {
    if (signal.aborted) throw signal.reason;
    await applyPlan(client, plan, scope);
    changed.push(plan.image.id!);
  }
  const unfixable = p.plans.reduce((n, plan) => n + denyUnfixable(plan), 0);
  return { type: "fixed", project: p.project, region: p.region, images: p.images, changed, unfixable };
}
