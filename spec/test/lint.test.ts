import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const specDir = fileURLToPath(new URL("..", import.meta.url));
const redocly = fileURLToPath(new URL("../node_modules/.bin/redocly", import.meta.url));

async function lint(file?: string) {
  try {
    const { stdout, stderr } = await run(
      redocly,
      ["lint", ...(file ? [file] : []), "--config", "redocly.yaml", "--format=stylish"],
      {
        cwd: specDir,
        env: { ...process.env, REDOCLY_TELEMETRY: "off", NO_COLOR: "1" },
      },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe("spec lint", () => {
  it("passes on the spec", async () => {
    const result = await lint("openapi.yaml");
    expect(result.output).toContain("valid");
    expect(result.code).toBe(0);
  });

  it("passes on the 2026-08 generation's document", async () => {
    const result = await lint("2026-08/openapi.yaml");
    expect(result.output).toContain("valid");
    expect(result.code).toBe(0);
  });

  it("lints every generation when no file is named (the package's lint script)", async () => {
    const result = await lint();
    expect(result.code).toBe(0);
    expect(result.output).toContain("api 'images'");
    expect(result.output).toContain("api 'images-2026-08'");
  });

  it("fails on a spec that breaks the house rules, naming each rule", async () => {
    const result = await lint("test/fixtures/broken.yaml");
    expect(result.code).not.toBe(0);
    for (const rule of [
      "operation-operationId",
      "operation-summary",
      "operation-description",
      "rule/operation-has-tags",
      "rule/operation-documents-auth-and-server-errors",
      "imgctl/media-type-has-example",
      "imgctl/error-responses-use-error-schema",
    ]) {
      expect(result.output).toContain(rule);
    }
  });
});
