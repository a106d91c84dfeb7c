// Where a rule was written: layer, policy, file, JSON pointer and line (SARIF and `explain` point at it).
import type { Provenance } from "../policy.js";
import type { PolicyInput } from "./types.js";

export function provenanceOf(
  input: PolicyInput,
  ruleId: string,
  path: string,
  operator?: Provenance["operator"],
): Provenance {
  const line = input.lineOf?.(path);
  return {
    layer: input.document.metadata.layer ?? "org",
    policy: input.document.metadata.name,
    ...(input.source !== undefined ? { source: input.source } : {}),
    ruleId,
    ...(operator ? { operator } : {}),
    path,
    ...(line !== undefined ? { line } : {}),
  };
}
