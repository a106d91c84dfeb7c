import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const script = fileURLToPath(new URL("../scripts/write-schema.mjs", import.meta.url));
const shipped = fileURLToPath(new URL("../schema/metadata-policy.schema.json", import.meta.url));

async function check(file?: string) {
  try {
    const { stdout } = await run(process.execPath, [script, "--check", ...(file ? [file] : [])]);
    return { code: 0, output: stdout };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, output: e.stderr };
  }
}

describe("the shipped policy JSON Schema (drift check, before any build)", () => {
  it("matches src/engine/schema.ts", async () => {
    const result = await check();
    expect(result.output).toContain("up to date");
    expect(result.code).toBe(0);
  });

  it("fails the check when the committed copy is stale", async () => {
    const copy = join(mkdtempSync(join(tmpdir(), "mp-schema-")), "metadata-policy.schema.json");
    copyFileSync(shipped, copy);
    writeFileSync(copy, readFileSync(copy, "utf8").replace('"deny"', '"block"'));
    expect(readFileSync(copy, "utf8")).not.toBe(readFileSync(shipped, "utf8"));
    const result = await check(copy);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/stale policy JSON Schema:\n.*metadata-policy\.schema\.json/);
  });
});
