import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

  it("covers the 2026-08 generation too: a stale file there fails the check, naming only that file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "imgctl-drift-"));
    cpSync(generated, dir, { recursive: true });
    const schema = join(dir, "2026-08", "schema.ts");
    const text = readFileSync(schema, "utf8");
    expect(text).toContain("tags_v2: components[");
    writeFileSync(schema, text.replace("tags_v2: components[", "metadata: components["));
    const result = await check(dir);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/stale.*\n.*2026-08\/schema\.ts/);
    expect(result.output.match(/schema\.ts/g)).toHaveLength(1);
    expect(result.output).not.toContain("operations.ts");
  });

  it("fails the drift check when a generation's files are missing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "imgctl-drift-"));
    cpSync(generated, dir, { recursive: true });
    rmSync(join(dir, "2026-08"), { recursive: true });
    const result = await check(dir);
    expect(result.code).toBe(1);
    for (const file of ["openapi.json", "schema.ts", "operations.ts"])
      expect(result.output).toContain(`2026-08/${file}`);
  });
});
