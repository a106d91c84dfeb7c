// Phase 5, waivers: they must name real rules, expire within the allowed window, and respect which layers may waive
// what (a local layer never waives).
import type { WaiverDoc } from "../document.js";
import { LAYER_ORDER, type CompiledRule, type CompiledWaiver } from "../policy.js";
import { combine } from "../selector.js";
import type { Layer } from "../types.js";
import type { CompileContext, PolicyInput } from "./types.js";

const RESERVED_IDS = [
  "builtin/case-collision",
  "builtin/normalization-collision",
  "limits/maxItems",
  "limits/maxKeyLength",
  "limits/maxValueLength",
];
const DAY = 86_400_000;

function parseExpiry(s: string): number {
  return Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T00:00:00Z` : s);
}

interface WaiverScope {
  input: PolicyInput;
  layer: Layer;
  path: string;
  ruleById: Map<string, CompiledRule>;
}

function checkWaivedRules(w: WaiverDoc, { input, layer, path, ruleById }: WaiverScope, ctx: CompileContext): void {
  for (const id of w.rules) {
    const rule = ruleById.get(id);
    if (!rule) {
      if (!RESERVED_IDS.includes(id))
        ctx.diag(input, "waiver/unknown-rule", `waiver "${w.id}" names unknown rule "${id}"`, `${path}/rules`);
      continue;
    }
    const owner = rule.provenance.find((p) => p.ruleId === id)?.layer ?? rule.layer;
    if (LAYER_ORDER[owner] < LAYER_ORDER[layer] && !rule.waivableBy.includes(layer))
      ctx.diag(
        input,
        "waiver/not-allowed",
        `waiver "${w.id}" (${layer}) may not waive ${owner} rule "${id}" (waivableBy: ${rule.waivableBy.join(", ") || "none"})`,
        `${path}/rules`,
      );
  }
}

function checkExpiry(
  w: WaiverDoc,
  input: PolicyInput,
  path: string,
  clock: { now: number; maxWaiverDays: number },
  ctx: CompileContext,
): number {
  const expiresAt = parseExpiry(w.expires);
  if (Number.isNaN(expiresAt))
    ctx.diag(input, "waiver/bad-expiry", `waiver "${w.id}": invalid expires "${w.expires}"`, `${path}/expires`);
  else if (expiresAt - clock.now > clock.maxWaiverDays * DAY)
    ctx.diag(
      input,
      "waiver/too-long",
      `waiver "${w.id}" expires ${w.expires}, more than ${clock.maxWaiverDays} days away`,
      `${path}/expires`,
    );
  else if (expiresAt <= clock.now)
    ctx.diag(
      input,
      "builtin/waiver-expired",
      `waiver "${w.id}" expired on ${w.expires} and is ignored`,
      `${path}/expires`,
      "warning",
    );
  return expiresAt;
}

export function compileWaivers(
  inputs: PolicyInput[],
  rules: CompiledRule[],
  clock: { now: number; maxWaiverDays: number },
  ctx: CompileContext,
): CompiledWaiver[] {
  const waivers: CompiledWaiver[] = [];
  // A waiver may name a rule by any id in its lineage (the org rule a project rule was derived from, too).
  const ruleById = new Map<string, CompiledRule>();
  for (const r of rules) for (const id of r.lineage) if (!ruleById.has(id)) ruleById.set(id, r);
  const waiverIds = new Set<string>();
  for (const input of inputs) {
    const layer = input.document.metadata.layer ?? "org";
    (input.document.spec.waivers ?? []).forEach((w, i) => {
      const path = `/spec/waivers/${i}`;
      if (waiverIds.has(w.id))
        ctx.diag(input, "waiver/duplicate-id", `waiver id "${w.id}" is already used`, `${path}/id`);
      waiverIds.add(w.id);
      if (layer === "local")
        ctx.diag(input, "waiver/not-allowed", `waiver "${w.id}": a local layer can never waive rules`, path);
      checkWaivedRules(w, { input, layer, path, ruleById }, ctx);
      const expiresAt = checkExpiry(w, input, path, clock, ctx);
      const m = ctx.selector(input, w.match, `${path}/match`);
      const x = ctx.selector(input, w.exclude, `${path}/exclude`);
      waivers.push({
        id: w.id,
        rules: new Set(w.rules),
        applies: combine([m], [x]),
        category: w.category,
        reason: w.reason,
        ...(w.approvedBy !== undefined ? { approvedBy: w.approvedBy } : {}),
        expires: w.expires,
        expiresAt,
        layer,
        policy: input.document.metadata.name,
      });
    });
  }
  return waivers;
}
