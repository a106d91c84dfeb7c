// Key-only verdicts (key pattern, forbidden key) memoised on the cached key forms: fleets repeat the same few
// hundred keys, so after warm-up a rule costs one array read per item instead of a regex run.
import type { Entry } from "../state.js";

let nextSlot = 0;

export function memoKey(test: (nkey: string) => boolean): (e: Entry) => boolean {
  const slot = nextSlot++;
  return (e) => {
    const memo = e.forms.memo;
    let r = memo[slot];
    if (r === undefined) {
      r = test(e.nkey);
      // Sparse slots would turn the array into a dictionary; only memoise small slot numbers.
      if (slot < 4096) memo[slot] = r;
    }
    return r;
  };
}
