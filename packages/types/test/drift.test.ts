import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const script = fileURLToPath(new URL("../scripts/generate.mjs", import.meta.url));
const generated = fileURLToPath(new URL("../src/generated", import.meta.url));

async function check(outDir?: string) {
  const args = [script, "--check", ...(outDir ? ["--out-dir", outDir] : [])];
  try {
    const { stdout } = await run(process.execPath, args);
    return { code: 0, output: stdout };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, output: e.stderr };
  }
}

describe("generated files", () => {
  it("match what the spec produces (drift check)", async () => {
    const result = await check();
    expect(result.output).toContain("up to date");
    expect(result.code).toBe(0);
  });

  it("fail the drift check when a generated file is stale", async () => {
    const dir = mkdtempSync(join(tmpdir(), "imgctl-drift-"));
    cpSync(generated, dir, { recursive: true });
    const schema = join(dir, "schema.ts");
    writeFileSync(schema, readFileSync(schema, "utf8").replace("os_distro: string;", "os_distro: number;"));
    const result = await check(dir);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/stale.*\n.*schema\.ts/);
    expect(result.output).not.toContain("operations.ts");
  });
});
