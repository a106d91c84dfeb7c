// Packaging, as users install it: runs scripts/pack-smoke.mjs (pack every publishable package,
// install the tarballs with plain npm outside the workspace, use them, attw). Set
// IMGCTL_SKIP_PACK=1 to skip it locally; CI always runs it.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const script = fileURLToPath(new URL("../scripts/pack-smoke.mjs", import.meta.url));
const skip = process.env.IMGCTL_SKIP_PACK === "1" && process.env.CI !== "true";

describe.skipIf(skip)("packaging", () => {
  it("every publishable package installs from its tarball with npm and works there", async () => {
    const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
      const child = spawn(process.execPath, [script], { stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
      child.on("close", (c) => resolve({ code: c ?? -1, output }));
    });
    console.log(output);
    expect(code, output).toBe(0);
    for (const claim of [
      "@imgctl/client imports (ESM)",
      "type-check under moduleResolution node16",
      "type-check under moduleResolution bundler",
      "@imgctl/types brings no runtime code",
      "imgctl images list prints the demo images",
      "the policy plugin is listed as installed",
      "its policy commands appear in help",
      "plugins link registers the plugin",
      "@imgctl/metadata-policy imports (engine and middleware)",
      "@imgctl/metadata-policy installs without @oclif/core",
    ]) {
      expect(
        output.split("\n").some((line) => line.trim().startsWith("ok - ") && line.includes(claim)),
        claim,
      ).toBe(true);
    }
    expect(output.match(/ok - attw finds no problem/g)).toHaveLength(7);
  }, 900_000);
});
