// Phase 1, settings: the highest layer that sets a setting wins; limits and waiver windows only tighten.
import type { PolicyDocument } from "../document.js";
import type { Limits } from "../builtins.js";
import type { PolicyInput, PolicySettings } from "./types.js";

/** The first value set, in layer order (inputs are sorted org → project → local). */
function firstSet<T>(inputs: PolicyInput[], pick: (d: PolicyDocument) => T | undefined): T | undefined {
  for (const i of inputs) {
    const v = pick(i.document);
    if (v !== undefined) return v;
  }
  return undefined;
}

function minSet(inputs: PolicyInput[], pick: (d: PolicyDocument) => number | undefined): number | undefined {
  let m: number | undefined;
  for (const i of inputs) {
    const v = pick(i.document);
    if (v !== undefined) m = m === undefined ? v : Math.min(m, v);
  }
  return m;
}

function readLimits(inputs: PolicyInput[]): Limits {
  const maxItems = minSet(inputs, (d) => d.spec.limits?.maxItems);
  const maxKeyLength = minSet(inputs, (d) => d.spec.limits?.maxKeyLength);
  const maxValueLength = minSet(inputs, (d) => d.spec.limits?.maxValueLength);
  return {
    ...(maxItems !== undefined ? { maxItems } : {}),
    ...(maxKeyLength !== undefined ? { maxKeyLength } : {}),
    ...(maxValueLength !== undefined ? { maxValueLength } : {}),
  };
}

export function readSettings(inputs: PolicyInput[]): PolicySettings {
  return {
    keyCase: firstSet(inputs, (d) => d.spec.defaults?.keyCase) ?? "canonical",
    maxRegexInput: minSet(inputs, (d) => d.spec.limits?.maxRegexInput) ?? 65_536,
    maxWaiverDays: minSet(inputs, (d) => d.spec.settings?.maxWaiverDays) ?? 365,
    limits: readLimits(inputs),
    limitsEnforcement:
      firstSet(inputs, (d) => d.spec.limits?.enforcement) ??
      firstSet(inputs, (d) => (d.spec.limits ? d.spec.defaults?.enforcement : undefined)) ??
      "deny",
    skipReadOnly: firstSet(inputs, (d) => d.spec.defaults?.readOnlyItems) === "skip",
    writeScope: firstSet(inputs, (d) => d.spec.settings?.writeScope) ?? "introduced",
  };
}
