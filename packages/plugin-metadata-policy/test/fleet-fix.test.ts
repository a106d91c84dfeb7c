// `policy fix` across a fleet: one plan for every pair, --max-images (--max-changes) counted over the whole fleet,
// the same dry-run / --yes / no-terminal rules as one pair, error rows, and resume from a state file.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import PolicyCheck from "../src/commands/policy/check.js";
import PolicyFix from "../src/commands/policy/fix.js";
import { freshFleet, runCommand } from "./fleet-env.js";

let env: { dir: string; policy: string };
beforeAll(async () => {
  env = await freshFleet();
});
const fix = (...args: string[]) => runCommand(PolicyFix, ["--policy", env.policy, ...args]);
// Six pairs of alpha's; each has one image without cost_center (fixable: the default) and without owner (unfixable).
const FLEET = ["--project", "10-11", "--region", "1-3"];

describe("policy fix across a fleet", () => {
  it("a dry run plans every pair and exits 1; the limit counts the whole fleet", async () => {
    const { stdout, exit } = await fix(...FLEET, "--dry-run", "--format", "json");
    expect(exit).toBe(1);
    const doc = JSON.parse(stdout);
    expect(doc.summary).toEqual({
      pairs: 6,
      pairsFailed: 0,
      images: 18,
      changing: 6,
      applied: 0,
      unfixable: 6,
      exitCode: 1,
    });
    expect(
      doc.plans.map(
        (p: { project: number; region: number; image: { name: string } }) => `${p.project}/${p.region} ${p.image.name}`,
      ),
    ).toEqual(["10/1 bad-10-1", "10/2 bad-10-2", "10/3 bad-10-3", "11/1 bad-11-1", "11/2 bad-11-2", "11/3 bad-11-3"]);
    // One pair alone is under the limit; the fleet is over it (and the alias says the same).
    expect((await fix("--project", "10", "--region", "1", "--max-images", "5", "--dry-run")).exit).toBe(1);
    for (const flag of ["--max-images", "--max-changes"]) {
      const over = await fix(...FLEET, flag, "5", "--yes");
      expect(over.exit).toBe(2);
      expect(over.stderr.trim()).toBe(
        "Error: the fix would change 6 images, more than --max-images 5; narrow it with --project/--region or raise the limit",
      );
    }
    const percent = await fix(...FLEET, "--max-percent", "30", "--yes");
    expect(percent.stderr.trim()).toBe("Error: the fix would change 6 of 18 images, more than --max-percent 30");
  });

  it("in 2026-08 the fleet's plans are one PATCH per image", async () => {
    const { stdout } = await fix(...FLEET, "--dry-run", "--format", "json", "--api-version", "2026-08");
    const doc = JSON.parse(stdout);
    expect(doc.summary.changing).toBe(6);
    expect(doc.plans[0].calls).toEqual([{ method: "PATCH", path: "", tags: { cost_center: "unassigned" } }]);
  });

  it("without --yes and without a terminal it refuses, changing nothing", async () => {
    const { stderr, exit } = await fix(...FLEET);
    expect(exit).toBe(2);
    expect(stderr.trim()).toBe("Error: would change 6 images; pass --yes to apply without a terminal");
  });

  it("--yes applies across the fleet, records each pair, and a rerun with the state file reports the same", async () => {
    const state = join(env.dir, "fix.state");
    // Project 20 is not alpha's: its pairs are error rows (exit 4), the others are fixed all the same.
    const { stdout, exit } = await fix(
      "--project",
      "10,11,20",
      "--region",
      "1-3",
      "--yes",
      "--max-changes",
      "6",
      "--format",
      "json",
      "--state",
      state,
    );
    expect(exit).toBe(4);
    const doc = JSON.parse(stdout);
    expect(doc.summary).toEqual({
      pairs: 9,
      pairsFailed: 3,
      images: 18,
      changing: 6,
      applied: 6,
      unfixable: 6,
      exitCode: 4,
    });
    expect(doc.pairs[6]).toMatchObject({ project: 20, region: 1, error: { status: 404 } });
    const lines = readFileSync(state, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ kind: "imgctl-fleet-state", command: "fix" });
    expect(lines.slice(1).map((l) => l.changed.length)).toEqual([1, 1, 1, 1, 1, 1]);
    // The fix is in: no cost_center finding is left anywhere.
    const check = JSON.parse(
      (await runCommand(PolicyCheck, ["--policy", env.policy, ...FLEET, "--format", "json"])).stdout,
    );
    expect(check.findings.filter((f: { ruleId: string }) => f.ruleId === "cost-center-default")).toEqual([]);
    // Resumed: the six finished pairs are not planned again, their records are replayed into the same totals.
    const again = JSON.parse(
      (await fix("--project", "10,11,20", "--region", "1-3", "--yes", "--format", "json", "--state", state)).stdout,
    );
    expect(again.summary).toEqual(doc.summary);
  });
});
