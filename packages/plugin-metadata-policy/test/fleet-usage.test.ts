// Bad input to a fleet command: each is a usage error (exit 2) with its exact message, before anything is scanned.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import PolicyCheck from "../src/commands/policy/check.js";
import PolicyFix from "../src/commands/policy/fix.js";
import { freshFleet, runCommand } from "./fleet-env.js";

let env: { dir: string; policy: string };
beforeAll(async () => {
  env = await freshFleet();
});
const check = (...args: string[]) => runCommand(PolicyCheck, ["--policy", env.policy, ...args]);
const usage = async (ran: Promise<{ stderr: string; exit: number }>, message: string) => {
  const { stderr, exit } = await ran;
  expect(stderr.trim()).toBe(`Error: ${message}`);
  expect(exit).toBe(2);
};

describe("fleet usage errors", () => {
  it.each([
    ["--project", "x", '--project: expected ids, ranges (10-12) or all, got "x"'],
    ["--project", "10,abc", '--project: expected ids, ranges (10-12) or all, got "abc"'],
    ["--project", "0", '--project: expected ids, ranges (10-12) or all, got "0"'],
    ["--region", "3-1", '--region: expected ids, ranges (10-12) or all, got "3-1"'],
    ["--region", "1,,2", '--region: expected ids, ranges (10-12) or all, got ""'],
    ["--project", "1-20000", '--project: expected ids, ranges (10-12) or all, got "1-20000"'],
  ])("%s %s", async (flag, value, message) => {
    await usage(check(flag, value), message);
    await usage(runCommand(PolicyFix, ["--policy", env.policy, flag, value, "--dry-run"]), message);
  });

  it("all against an HTTP API: it has no list of projects or regions", async () => {
    const http = ["--api-url", "http://127.0.0.1:9/cloud", "--api-key", "k"];
    await usage(
      check(...http, "--project", "all", "--region", "1"),
      "--project all: the Images API at http://127.0.0.1:9/cloud has no list of projects; pass ids (--project 10,11 or 10-12)",
    );
    await usage(
      check(...http, "--project", "10", "--region", "all"),
      "--region all: the Images API at http://127.0.0.1:9/cloud has no list of regions; pass ids (--region 10,11 or 10-12)",
    );
  });

  it("--stream with a format other than json, or with --json", async () => {
    await usage(
      check("--project", "10,11", "--stream"),
      "--stream writes JSON Lines: use it with --format json, not --format table",
    );
    await usage(
      check("--project", "10,11", "--stream", "--format", "sarif"),
      "--stream writes JSON Lines: use it with --format json, not --format sarif",
    );
    const { stdout, exit } = await check("--project", "10,11", "--stream", "--json");
    expect(exit).toBe(2);
    expect(JSON.parse(stdout).error.message).toBe(
      "--stream writes JSON Lines itself: use --format json --stream, not --json",
    );
  });

  it("--concurrency 0 (and over 32)", async () => {
    await usage(
      check("--project", "10,11", "--concurrency", "0"),
      "Parsing --concurrency Expected an integer greater than or equal to 1 but received: 0 See more help with --help",
    );
    await usage(
      check("--project", "10,11", "--concurrency", "33"),
      "Parsing --concurrency Expected an integer less than or equal to 32 but received: 33 See more help with --help",
    );
  });

  it("--input or --image with a fleet selection", async () => {
    const tail =
      "reads one project and region; it cannot be combined with a fleet scan (lists, ranges or all in --project/--region, --stream, --state, --concurrency, --max-retries)";
    await usage(check("--project", "10,11", "--input", "x.json"), `--input ${tail}`);
    await usage(check("--project", "10", "--state", "s", "--image", "x"), `--image ${tail}`);
  });

  it("a state file of another run names the difference", async () => {
    const state = join(env.dir, "other.state");
    const header = {
      kind: "imgctl-fleet-state",
      version: 1,
      command: "check",
      policyDigest: "sha256:0000000000000000000000000000000000000000000000000000000000000000",
      apiVersion: "2025-04",
      pairs: [
        [10, 1],
        [11, 1],
      ],
      options: { owned: false, includePublic: false },
    };
    writeFileSync(state, `${JSON.stringify(header)}\n`);
    const { stderr, exit } = await check("--project", "10,11", "--region", "1", "--state", state);
    expect(exit).toBe(2);
    expect(stderr).toMatch(
      new RegExp(
        `^Error: state file ${state} belongs to another run: the policy differs \\(sha256:000000000000… in the file, sha256:[0-9a-f]{12}… now\\)\\n$`,
      ),
    );
  });

  it("a state file of another run: pairs, command", async () => {
    const state = join(env.dir, "pairs.state");
    await check("--project", "10,11", "--region", "1", "--state", state);
    await usage(
      check("--project", "10,11", "--region", "1,2", "--state", state),
      `state file ${state} belongs to another run: the project/region pairs differ (2 in the file, 4 now)`,
    );
    await usage(
      runCommand(PolicyFix, [
        "--policy",
        env.policy,
        "--project",
        "10,11",
        "--region",
        "1",
        "--state",
        state,
        "--dry-run",
      ]),
      `state file ${state} belongs to another run: it was written by policy check, this is policy fix`,
    );
  });

  it("an unreadable state file, or one that is not a state file", async () => {
    const dir = join(env.dir, "a-directory");
    mkdirSync(dir);
    await usage(
      check("--project", "10,11", "--state", dir),
      `cannot read state file ${dir}: EISDIR: illegal operation on a directory, read`,
    );
    const notState = join(env.dir, "notes.txt");
    writeFileSync(notState, "hello\nworld\n");
    await usage(
      check("--project", "10,11", "--state", notState),
      `state file ${notState}: line 1 is not JSON; it is not an imgctl fleet state file`,
    );
    writeFileSync(notState, '{"kind":"something-else"}\n');
    await usage(
      check("--project", "10,11", "--state", notState),
      `state file ${notState}: line 1 is not an imgctl fleet state header`,
    );
  });
});
