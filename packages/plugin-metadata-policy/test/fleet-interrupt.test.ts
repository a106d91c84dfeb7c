// Ctrl-C in a fleet check: no new pair starts, the one in flight is aborted, the state file keeps the finished pairs,
// the exit code is 130; a rerun with the same state file finishes and reports what a clean run reports. The emulator
// is served over loopback so that one pair can be made to stall (a fault rule on its path).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createEmulator } from "@imgctl/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import PolicyCheck from "../src/commands/policy/check.js";
import { fleetFixture, freshFleet, runCommand } from "./fleet-env.js";

const emulator = createEmulator({ fixture: fleetFixture() });
let server: Awaited<ReturnType<typeof emulator.listen>>;
let env: { dir: string; policy: string };
beforeAll(async () => {
  env = await freshFleet();
  server = await emulator.listen({ port: 0, host: "127.0.0.1" });
});
afterAll(async () => {
  await server.close();
  await emulator.close();
});

const check = (...args: string[]) =>
  runCommand(PolicyCheck, [
    "--policy",
    env.policy,
    "--api-url",
    server.url,
    "--api-key",
    "imgctl-demo$alpha",
    "--project",
    "10,11",
    "--region",
    "1-3",
    "--format",
    "json",
    ...args,
  ]);

async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 25));
}

describe("SIGINT during a fleet check", () => {
  it("exits 130 keeping the finished pairs; the resumed run reports what a clean run does", async () => {
    const clean = await check();
    expect(clean.exit).toBe(1);
    const state = join(env.dir, "sigint.state");
    // The last pair (11/3) stalls for a minute: the run is interrupted while it waits for it.
    emulator.setFaults({ rules: [{ path: "^/cloud/v1/images/11/3$", stallMs: 60_000 }] });
    const lines = () => (existsSync(state) ? readFileSync(state, "utf8").trim().split("\n").length : 0);
    const started = performance.now();
    const run = check("--concurrency", "1", "--state", state);
    await until(() => lines() === 6); // the header and five pairs
    process.emit("SIGINT");
    const interrupted = await run;
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(interrupted.exit).toBe(130);
    expect(interrupted.stderr.trim()).toBe(
      `Error: interrupted: 5 of 6 pairs finished; run it again with --state ${state} to resume`,
    );
    expect(interrupted.stdout).toBe("");
    expect(lines()).toBe(6);
    emulator.setFaults(undefined);
    const resumed = await check("--state", state);
    expect(resumed.exit).toBe(1);
    expect(resumed.stdout).toBe(clean.stdout);
    expect(lines()).toBe(7);
  });
});
