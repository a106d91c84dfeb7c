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

// Prints, at exit, whether undici was loaded (Node lists its internal modules as it loads them) and
// how many Intl.Segmenters were built (string-width builds one when it loads; the first costs
// 10–40 ms of ICU set-up, and its emoji regex as much again).
const probe = `data:text/javascript,${encodeURIComponent(
  [
    "let segmenters = 0;",
    "const Segmenter = Intl.Segmenter;",
    "Intl.Segmenter = class extends Segmenter { constructor(...a) { super(...a); segmenters++; } };",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the probe is source code with its own template literal
    'process.on("exit", () => process.stderr.write(`\\nprobe:${JSON.stringify({ undici: process.moduleLoadList.some((m) => m.includes("undici")), segmenters })}\\n`));',
  ].join("\n"),
)}`;

let box: ReturnType<typeof sandbox>;
beforeAll(() => {
  box = sandbox();
});
afterAll(() => box.restore());

function run(args: string[]) {
  const out = spawnSync(process.execPath, ["--import", probe, bin, ...args], { env: process.env, encoding: "utf8" });
  const line = /\nprobe:(.*)\n/.exec(out.stderr)?.[1];
  const seen = line === undefined ? undefined : (JSON.parse(line) as { undici: boolean; segmenters: number });
  return {
    status: out.status,
    stdout: out.stdout,
    stderr: out.stderr.replace(/\nprobe:.*\n/, ""),
    undici: seen === undefined ? undefined : String(seen.undici),
    segmenters: seen?.segmenters,
  };
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

  it("never loads string-width for a printable-ASCII table (nor for --json)", () => {
    const table = run(["images", "list"]);
    expect(table.status, table.stderr).toBe(0);
    expect(table.stdout).toContain(demo.goldenImage);
    expect(table.segmenters).toBe(0);
    const json = run(["images", "list", "--json"]);
    expect(json.status, json.stderr).toBe(0);
    expect(json.segmenters).toBe(0);
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
