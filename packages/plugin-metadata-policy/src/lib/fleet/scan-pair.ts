// One pair of a fleet check: list, leave out other projects' public images (the pair's project is the caller's),
// evaluate each image as it arrives and keep only the compact result.
import type { ImagesClient } from "@imgctl/client";
import { evaluate, type EffectivePolicy, type Enforcement } from "@imgctl/metadata-policy/engine";
import { PairAccumulator, type PairResult } from "./compact.js";
import { listPair, type ListOptions } from "./list-pair.js";
import type { Pair } from "./selection.js";

export interface CheckOptions extends ListOptions {
  policy: EffectivePolicy;
  now: Date;
  ceiling?: Enforcement | undefined;
  includePublic?: boolean;
  /** Called every few hundred images, for the progress line. */
  onImages?: (n: number) => void;
}

const TICK = 250;

export async function scanPair(client: ImagesClient, pair: Pair, o: CheckOptions): Promise<PairResult> {
  const acc = new PairAccumulator(pair[0], pair[1]);
  const evalOpts = { now: o.now, ...(o.ceiling ? { ceiling: o.ceiling } : {}) };
  let pending = 0;
  for await (const image of listPair(client, pair, o)) {
    if (!o.includePublic && image.visibility === "public" && image.projectId !== pair[0]) {
      acc.skipPublic();
      continue;
    }
    acc.add(evaluate(o.policy, image, evalOpts));
    // The progress line counts the images evaluated, as the summary does (not the public ones left out).
    if (++pending === TICK) {
      o.onImages?.(pending);
      pending = 0;
    }
  }
  if (pending) o.onImages?.(pending);
  return acc.result;
}
