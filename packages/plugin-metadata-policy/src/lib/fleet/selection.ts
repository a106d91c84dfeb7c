// Which project×region pairs a fleet command scans: `--project` and `--region` take an id, a list (10,11), ranges
// (10-12), a mix of both, or `all`. Pairs are the cross product, without duplicates, ordered by (project, region).
import { EXIT } from "@imgctl/cli-core";
import { ExitCodeError } from "../exit-error.js";

/** Ids as written, or every id the emulator knows (`all`). */
export type IdList = number[] | "all";
export type Pair = readonly [project: number, region: number];

/** A range wider than this is a typo, not a fleet: it would make a million pairs of 404s. */
const MAX_RANGE = 10_000;

const badValue = (flag: string, got: string) =>
  new ExitCodeError(`${flag}: expected ids, ranges (10-12) or all, got "${got}"`, EXIT.usage);

/** Parses one `--project`/`--region` value; a bad item is a usage error naming it. */
export function parseIdList(flag: "--project" | "--region", raw: string): IdList {
  const text = raw.trim();
  if (text.toLowerCase() === "all") return "all";
  const ids = new Set<number>();
  for (const item of text.split(",")) {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(item);
    const from = m ? Number(m[1]) : Number.NaN;
    const to = m?.[2] !== undefined ? Number(m[2]) : from;
    if (!(from >= 1 && to >= from && to - from < MAX_RANGE && Number.isSafeInteger(to)))
      throw badValue(flag, item.trim());
    for (let id = from; id <= to; id++) ids.add(id);
  }
  return [...ids].sort((a, b) => a - b);
}

/** The cross product, ordered by project then region. */
export function crossPairs(projects: readonly number[], regions: readonly number[]): Pair[] {
  const out: Pair[] = [];
  for (const p of [...new Set(projects)].sort((a, b) => a - b))
    for (const r of [...new Set(regions)].sort((a, b) => a - b)) out.push([p, r]);
  return out;
}

export const pairKey = (project: number, region: number) => `${project}/${region}`;
