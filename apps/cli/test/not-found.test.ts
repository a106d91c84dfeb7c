// An unknown command prints the closest command, if one is close, and exits 127 — off a terminal
// too (oclif's not-found plugin suggested only in its interactive prompt).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sandbox } from "./helpers/run.js";
import { imgctlSync } from "./helpers/spawn.js";

let box: ReturnType<typeof sandbox>;
beforeAll(() => {
  box = sandbox();
});
afterAll(() => box.restore());

describe("an unknown command", () => {
  it.each([
    [
      ["imagse", "list"],
      'Error: "imgctl imagse list" is not a command. Did you mean "imgctl images list"? See: imgctl help\n',
    ],
    [
      ["images", "lst", "--json"],
      'Error: "imgctl images lst" is not a command. Did you mean "imgctl images list"? See: imgctl help images\n',
    ],
    [
      ["config", "st", "project", "1"],
      'Error: "imgctl config st project 1" is not a command. Did you mean "imgctl config set"? See: imgctl help config\n',
    ],
    [["imges"], 'Error: "imgctl imges" is not a command. Did you mean "imgctl images"? See: imgctl help\n'],
    [["frobnicate"], 'Error: "imgctl frobnicate" is not a command. See: imgctl help\n'],
  ])("%j: one line with the suggestion, exit 127", (args, stderr) => {
    const out = imgctlSync(args, box.env);
    expect({ status: out.status, stdout: out.stdout, stderr: out.stderr }).toEqual({ status: 127, stdout: "", stderr });
  });
});
