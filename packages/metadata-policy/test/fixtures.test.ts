// Fixture-driven engine tests: every directory under test/fixtures with an expected.* file is a case.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCase } from "../src/engine/fixture-case.js";
import { findCaseDirs, readCase } from "../src/fixtures.js";

const root = fileURLToPath(new URL("./fixtures", import.meta.url));
const dirs = findCaseDirs(root);

describe("engine fixtures", () => {
  it("has fixtures for every rule type", () => {
    expect(dirs.length).toBeGreaterThan(50);
  });
  for (const dir of dirs) {
    const c = readCase(dir, root);
    it(c.name, () => {
      const r = runCase(c);
      expect(r.failures).toEqual([]);
    });
  }
});
