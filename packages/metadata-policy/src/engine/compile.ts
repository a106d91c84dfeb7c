// Documents → effective policy: layering (org → project → local), extension operators, semantic checks. Five named
// phases, one module each under compile/: settings, rule walk, layer extensions, rule compilation, waivers.
// Any error-level diagnostic means no policy: an invalid policy is never evaluated.
import { digestOf } from "./digest.js";
import { capEnforcement, LAYER_ORDER, type EffectivePolicy } from "./policy.js";
import { createContext } from "./compile/context.js";
import { applyExtensions } from "./compile/extend.js";
import { compileRules } from "./compile/rules.js";
import { readSettings } from "./compile/settings.js";
import type { CompileOptions, CompileResult, PolicyInput } from "./compile/types.js";
import { walkRules } from "./compile/walk.js";
import { compileWaivers } from "./compile/waivers.js";
import { checkUnsatisfiable } from "./unsatisfiable.js";

export type { CompileOptions, CompileResult, PolicyInput } from "./compile/types.js";

/** Inputs in layer order (org, project, local); files of one layer keep the order they were given in. */
function byLayer(unordered: PolicyInput[]): PolicyInput[] {
  return unordered
    .map((input, i) => ({ input, i }))
    .sort(
      (a, b) =>
        LAYER_ORDER[a.input.document.metadata.layer ?? "org"] - LAYER_ORDER[b.input.document.metadata.layer ?? "org"] ||
        a.i - b.i,
    )
    .map((x) => x.input);
}

export function compilePolicies(unordered: PolicyInput[], opts: CompileOptions = {}): CompileResult {
  const inputs = byLayer(unordered);
  const ctx = createContext();
  const settings = readSettings(inputs);
  const walked = walkRules(inputs, settings.keyCase, ctx);
  applyExtensions(walked, ctx);
  checkUnsatisfiable(walked.entries, (e, message) => ctx.diag(e.input, "layer/unsatisfiable", message, e.path));
  const { rules, knownKeys } = compileRules(walked.entries, settings.maxRegexInput, ctx);
  const now = (opts.now ?? new Date()).getTime();
  const waivers = compileWaivers(inputs, rules, { now, maxWaiverDays: settings.maxWaiverDays }, ctx);

  if (ctx.diagnostics.some((d) => d.severity === "error")) return { diagnostics: ctx.diagnostics };
  const policy: EffectivePolicy = {
    digest: digestOf(inputs.map((i) => i.document)),
    layers: inputs.map((i) => ({
      name: i.document.metadata.name,
      layer: i.document.metadata.layer ?? "org",
      ...(i.source !== undefined ? { source: i.source } : {}),
    })),
    rules,
    waivers,
    keyCase: settings.keyCase,
    skipReadOnly: settings.skipReadOnly,
    limits: settings.limits,
    limitsEnforcement: capEnforcement(settings.limitsEnforcement, "deny"),
    writeScope: settings.writeScope,
    knownKeys,
    slotOf: new Map([...new Set([...knownKeys.keys(), ...ctx.selectorKeys])].map((k, i) => [k, i])),
  };
  return { diagnostics: ctx.diagnostics, policy };
}
