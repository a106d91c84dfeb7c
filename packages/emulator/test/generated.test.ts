// The committed standalone validators must match the spec (drift check).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

describe("generated validators", () => {
  it("are up to date with @imgctl/types/spec", () => {
    const script = fileURLToPath(new URL("../scripts/build-validators.mjs", import.meta.url));
    expect(() => execFileSync(process.execPath, [script, "--check"], { stdio: "pipe" })).not.toThrow();
  });
});
