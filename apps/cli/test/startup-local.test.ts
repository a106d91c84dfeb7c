// The local profile's start-up path: `images list` reaches the in-process emulator without a Web
// Request or Response, so Node never loads its bundled undici (tens of ms per start), and an error
// answer still reaches the user exactly as before. On Node ≥ 22.1 the compile cache is on.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import module from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demo, sandbox } from "./helpers/run.js";
import { bin } from "./helpers/spawn.js";

// Prints, at exit, whether undici was loaded (Node lists its internal modules as it loads them).
const probe = `data:text/javascript,${encodeURIComponent(
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the probe is source code with its own template literal
  'process.on("exit", () => process.stderr.write(`\\nundici:${process.moduleLoadList.some((m) => m.includes("undici"))}\\n`));',
)}`;

let box: ReturnType<typeof sandbox>;
beforeAll(() => {
  box = sandbox();
});
afterAll(() => box.restore());

function run(args: string[]) {
  const out = spawnSync(process.execPath, ["--import", probe, bin, ...args], { env: process.env, encoding: "utf8" });
  const undici = /\nundici:(true|false)\n/.exec(out.stderr)?.[1];
  return { status: out.status, stdout: out.stdout, stderr: out.stderr.replace(/\nundici:(true|false)\n/, ""), undici };
}

describe("images list on the local profile", () => {
  it("never loads undici (table and --json)", () => {
    const table = run(["images", "list"]);
    expect(table.status, table.stderr).toBe(0);
    expect(table.stdout).toContain(demo.goldenImage);
    expect(table.undici).toBe("false");
    const json = run(["images", "list", "--json"]);
    expect(json.status, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout).count).toBeGreaterThan(0);
    expect(json.undici).toBe("false");
  });

  it("an API error still prints its one line and exits 3", () => {
    const missing = run(["images", "get", demo.missingImage]);
    expect(missing.status).toBe(3);
    expect(missing.stderr).toMatch(
      new RegExp(`^Error: 404 NotFoundError: Image ${demo.missingImage} not found \\(request id [0-9a-f]+\\)\n$`),
    );
  });
});

describe("the module compile cache", () => {
  const run = (tmp: string, env: Record<string, string> = {}) => {
    mkdirSync(tmp, { recursive: true });
    const out = spawnSync(process.execPath, [bin, "--version"], {
      env: { ...process.env, TMPDIR: tmp, ...env },
      encoding: "utf8",
    });
    expect(out.status, out.stderr).toBe(0);
    return existsSync(join(tmp, "node-compile-cache"));
  };

  it.runIf(typeof (module as { enableCompileCache?: unknown }).enableCompileCache === "function")(
    "is kept in the OS temp directory unless NODE_DISABLE_COMPILE_CACHE is set",
    () => {
      expect(run(join(box.dir, "tmp-on"))).toBe(true);
      expect(run(join(box.dir, "tmp-off"), { NODE_DISABLE_COMPILE_CACHE: "1" })).toBe(false);
    },
  );

  it.runIf(typeof (module as { enableCompileCache?: unknown }).enableCompileCache !== "function")(
    "is not there on a Node without one, and the CLI starts as before",
    () => {
      expect(run(join(box.dir, "tmp-none"))).toBe(false);
    },
  );
});
