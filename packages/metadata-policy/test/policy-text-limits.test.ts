// Policy text bounds: size (1 MiB) and YAML alias expansion, refused as diagnostics before any work is done.
import { describe, expect, it } from "vitest";
import { loadPolicies, MAX_POLICY_BYTES } from "../src/engine/index.js";

const HEAD = "apiVersion: metadata-policy/v1\nkind: MetadataPolicy\nmetadata: { name: t }\nspec:\n  rules:\n";

describe("policy text limits", () => {
  it("refuses a policy over 1 MiB without parsing it, naming the limit and the size (counted in UTF-8 bytes)", () => {
    const text =
      HEAD + `    - { id: r, type: required, keys: [k], description: "${"é".repeat(MAX_POLICY_BYTES / 2)}" }\n`;
    const bytes = Buffer.byteLength(text);
    const started = process.cpuUsage();
    const r = loadPolicies([{ text, source: "big.yaml" }]);
    expect(process.cpuUsage(started).user / 1e6).toBeLessThan(0.5);
    expect(r.policy).toBeUndefined();
    expect(r.diagnostics).toEqual([
      {
        code: "policy/too-large",
        severity: "error",
        source: "big.yaml",
        message: `policy is ${bytes.toLocaleString("en-US")} bytes; the limit is 1 MiB (1,048,576 bytes)`,
      },
    ]);
  });

  it("accepts a policy just under the limit", () => {
    const text =
      HEAD +
      `    - { id: r, type: required, keys: [k], description: "${"x".repeat(MAX_POLICY_BYTES - HEAD.length - 100)}" }\n`;
    expect(Buffer.byteLength(text)).toBeLessThan(MAX_POLICY_BYTES);
    expect(loadPolicies([{ text }]).policy).toBeDefined();
  });

  it("refuses a YAML alias bomb with a diagnostic instead of throwing a ReferenceError", () => {
    const levels = Array.from(
      { length: 9 },
      (_, i) => `  x${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(", ")}]`,
    ).join("\n");
    const text = `apiVersion: metadata-policy/v1\nkind: MetadataPolicy\nmetadata: { name: bomb }\nspec:\n  x0: &a0 [lol, lol]\n${levels}\n`;
    const r = loadPolicies([{ text, source: "bomb.yaml" }]);
    expect(r.diagnostics).toMatchObject([{ code: "policy/aliases", severity: "error", source: "bomb.yaml" }]);
    expect(r.diagnostics[0]!.message).toContain("more than 100");
  });

  it("keeps ordinary anchors working", () => {
    const text = `${HEAD}    - { id: a, type: required, keys: &keys [owner] }\n    - { id: b, type: canonicalKeys, keys: *keys }\n`;
    expect(loadPolicies([{ text }]).policy?.rules.map((r) => r.id)).toEqual(["a", "b"]);
  });
});
