import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error a plain ESM script without types
import { commandSnapshot, render, snapshotFile } from "../scripts/command-snapshot.mjs";

describe("command snapshot", () => {
  it("matches test/command-snapshot.json (regenerate with `pnpm --filter @imgctl/plugin-metadata-policy snapshot`)", async () => {
    const current = render(await commandSnapshot());
    expect(current).toBe(readFileSync(snapshotFile as string, "utf8"));
  });

  it("covers the seven policy commands", async () => {
    const { commands } = (await commandSnapshot()) as { commands: Array<{ command: string }> };
    expect(commands.map((c) => c.command)).toEqual([
      "policy check",
      "policy explain",
      "policy fix",
      "policy plan-write",
      "policy schema",
      "policy test",
      "policy validate",
    ]);
  });
});
