// The committed standalone validators must match the spec (drift check), and a request loads only
// its own operation's validators.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

describe("generated validators", () => {
  it("are up to date with @imgctl/types/spec", () => {
    const script = fileURLToPath(new URL("../scripts/build-validators.mjs", import.meta.url));
    expect(() => execFileSync(process.execPath, [script, "--check"], { stdio: "pipe" })).not.toThrow();
  });

  it("are loaded per operation, on its first call, with its errors passed on", () => {
    // A fresh process: which validator modules are loaded (Node's CommonJS cache) after importing the
    // index, after one valid and one invalid imagesList call.
    const index = new URL("../src/generated/index.js", import.meta.url).href;
    const script = `
      import { createRequire } from "node:module";
      const cache = createRequire(import.meta.url).cache;
      const loaded = () => Object.keys(cache).filter((f) => f.includes("/generated/")).map((f) => f.replace(/^.*\\/generated\\//, "")).sort();
      const { params, bodies } = await import(${JSON.stringify(index)});
      const atImport = loaded();
      const valid = params.imagesList({ path: { project_id: "10", region_id: "1" }, query: {} });
      const invalid = params.imagesList({ path: { project_id: "x", region_id: "1" }, query: {} });
      const noBody = bodies.imagesList(undefined);
      console.log(JSON.stringify({ atImport, afterCalls: loaded(), valid, invalid, errors: params.imagesList.errors?.map((e) => e.instancePath), noBody }));
    `;
    const out = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }));
    expect(out).toEqual({
      atImport: [],
      afterCalls: ["params/imagesList.cjs"],
      valid: true,
      invalid: false,
      errors: ["/path/project_id"],
      noBody: true,
    });
  });
});
