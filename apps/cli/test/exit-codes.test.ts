// One command per row of the exit-code table in the README (src of truth: cli-core's EXIT), run
// through the real binary. Row 130 (Ctrl-C during --wait) is in e2e.test.ts.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { EXIT } from "@imgctl/cli-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demo, sandbox } from "./helpers/run.js";
import { imgctlSync } from "./helpers/spawn.js";
import { writeThirdPartyPlugin } from "./helpers/third-party-plugin.js";

let box: ReturnType<typeof sandbox>;
const env = (): Record<string, string> => ({
  ...box.env,
  XDG_CACHE_HOME: `${box.dir}/cache`,
  OCLIF_DISABLE_LINKED_ESM_WARNING: "1",
});

beforeAll(() => {
  box = sandbox();
  // Its metadata:write hook refuses metadata with a `forbidden` key.
  const plugin = writeThirdPartyPlugin(box.dir);
  expect(imgctlSync(["plugins", "link", "--no-install", plugin.dir], env()).status).toBe(0);
});
afterAll(() => box.restore());

describe("the exit-code table", () => {
  it("matches the documented numbers", () => {
    expect(EXIT).toEqual({ ok: 0, failure: 1, usage: 2, error: 3, incomplete: 4, unknownCommand: 127 });
  });

  it.each([
    ["ok", ["images", "list"], EXIT.ok, /^$/],
    [
      "failure: a write refused by a metadata:write hook",
      ["images", "metadata", "set", demo.goldenImage, "forbidden=1"],
      EXIT.failure,
      /^Error: MetadataWriteRefused: forbidden is not allowed\n$/,
    ],
    [
      "usage: a malformed id",
      ["images", "get", "not-a-uuid"],
      EXIT.usage,
      /^Error: .*must be a UUID, got "not-a-uuid".*\n$/,
    ],
    [
      "error: the API answers 404",
      ["images", "get", demo.missingImage],
      EXIT.error,
      /^Error: 404 NotFoundError: .*\(request id [0-9a-f]+\)\n$/,
    ],
    [
      "unknown command",
      ["imagse", "list"],
      EXIT.unknownCommand,
      /^Error: "imgctl imagse list" is not a command. Did you mean "imgctl images list"\? See: imgctl help\n$/,
    ],
  ])("%s", (_row, args, code, stderr) => {
    const out = imgctlSync(args, env());
    expect(out.status, out.stderr).toBe(code);
    expect(out.stderr).toMatch(stderr);
  });

  it("incomplete: a fleet scan in which a pair cannot be read (project 20 is not the demo key's)", () => {
    const policy = join(box.dir, "fleet-policy.yaml");
    writeFileSync(
      policy,
      "apiVersion: metadata-policy/v1\nkind: MetadataPolicy\nmetadata: { name: fleet }\nspec:\n  rules:\n    - { id: owner, type: required, keys: [owner], enforcement: warn }\n",
    );
    const out = imgctlSync(["policy", "check", "--policy", policy, "--project", "10,20", "--region", "1"], env());
    expect(out.status, out.stderr).toBe(EXIT.incomplete);
    expect(out.stdout).toMatch(/^20 +1 +- .*error: 404 Project 20 not found$/m);
  });

  it("error: the API cannot be reached (exit 3), also as --json", () => {
    const remote = ["--api-url", "http://127.0.0.1:9/cloud", "--api-key", "k", "--project", "1", "--region", "1"];
    const out = imgctlSync(["images", "get", demo.missingImage, ...remote], env());
    expect(out.status, out.stderr).toBe(EXIT.error);
    const json = imgctlSync(["images", "get", demo.missingImage, ...remote, "--json"], env());
    expect(json.status).toBe(EXIT.error);
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { exitCode: EXIT.error } });
  });
});
