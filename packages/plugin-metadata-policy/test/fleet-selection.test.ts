// The selection grammar: ids, lists, ranges, mixes and all; duplicates dropped, pairs in (project, region) order.
import { describe, expect, it } from "vitest";
import { crossPairs, parseIdList } from "../src/lib/fleet/selection.js";

describe("fleet selection", () => {
  it.each([
    ["10", [10]],
    ["10,11,20", [10, 11, 20]],
    ["10-12", [10, 11, 12]],
    ["20, 10,12-14,12", [10, 12, 13, 14, 20]],
    [" 7 - 8 ", [7, 8]],
    ["all", "all"],
    ["ALL", "all"],
  ])("%s", (raw, ids) => {
    expect(parseIdList("--project", raw)).toEqual(ids);
  });

  it("pairs are the cross product without duplicates, ordered by project then region", () => {
    expect(crossPairs([11, 10, 11], [2, 1])).toEqual([
      [10, 1],
      [10, 2],
      [11, 1],
      [11, 2],
    ]);
  });
});
