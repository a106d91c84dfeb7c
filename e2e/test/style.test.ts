// The repository's Biome configuration really enforces the style `pnpm lint` and `npm test` promise:
// an unused import or variable, a function over 100 lines in src/, an import cycle and an unformatted
// file each fail the check, and the same files written cleanly pass.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const biome = join(root, "node_modules", ".bin", "biome");
const work = mkdtempSync(join(tmpdir(), "imgctl-style-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A project with the repository's biome.json (no VCS: the temp dir is not a git work tree) and the given files. */
function check(name: string, files: Record<string, string>): { status: number | null; output: string } {
  const dir = join(work, name);
  const config = JSON.parse(readFileSync(join(root, "biome.json"), "utf8"));
  config.$schema = undefined;
  config.vcs = { enabled: false };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "biome.json"), JSON.stringify(config));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  spawnSync(biome, ["format", "--write", "biome.json"], { cwd: dir }); // the config is checked too
  const out = spawnSync(biome, ["check", "--colors=off", "--max-diagnostics=50", "."], { cwd: dir, encoding: "utf8" });
  return { status: out.status, output: `${out.stdout}${out.stderr}` };
}

const clean = 'import { join } from "node:path";\n\nexport const where = join("a", "b");\n';
const longBody = Array.from({ length: 101 }, (_, i) => `  total += ${i};`).join("\n");

describe("the enforced style (biome.json)", () => {
  it("passes clean, formatted code", () => {
    const result = check("clean", { "packages/x/src/a.ts": clean });
    expect(result.output).not.toMatch(/lint\//);
    expect(result.status).toBe(0);
  });

  it("fails on a planted unused import", () => {
    const result = check("unused-import", {
      "packages/x/src/a.ts": `import { readFileSync } from "node:fs";\n${clean}`,
    });
    expect(result.status).toBe(1);
    expect(result.output).toContain("lint/correctness/noUnusedImports");
  });

  it("fails on an unused variable", () => {
    const result = check("unused-variable", {
      "packages/x/src/a.ts": `${clean}\nexport function f(): number {\n  const unused = 1;\n  return 2;\n}\n`,
    });
    expect(result.status).toBe(1);
    expect(result.output).toContain("lint/correctness/noUnusedVariables");
  });

  it("fails on a function over 100 lines in src/, not in tests", () => {
    const long = `export function long(): number {\n  let total = 0;\n${longBody}\n  return total;\n}\n`;
    const result = check("long-function", { "packages/x/src/a.ts": long, "packages/x/test/a.test.ts": long });
    expect(result.status).toBe(1);
    expect(result.output).toContain("lint/complexity/noExcessiveLinesPerFunction");
    expect(result.output).toContain("src/a.ts");
    expect(result.output).not.toContain("test/a.test.ts:1");
  });

  it("fails on an import cycle", () => {
    const result = check("cycle", {
      "packages/x/src/a.ts": 'import { b } from "./b.js";\n\nexport const a = () => b;\n',
      "packages/x/src/b.ts": 'import { a } from "./a.js";\n\nexport const b = () => a;\n',
    });
    expect(result.status).toBe(1);
    expect(result.output).toContain("lint/suspicious/noImportCycles");
  });

  it("fails on a file that is not formatted (line width 120, double quotes)", () => {
    const result = check("unformatted", {
      "packages/x/src/a.ts": "import { join } from 'node:path'\nexport const where = join('a', 'b')\n",
    });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/format/i);
  });
});
