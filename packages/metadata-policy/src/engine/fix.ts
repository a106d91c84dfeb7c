// Fix plans: reviewable, ordered add → rename → replace → remove, never touching read-only items,
// idempotent (planning again on the fixed state gives an empty plan).
import { evaluate } from "./evaluate.js";
import type { EffectivePolicy } from "./policy.js";
import { compareCodePoints, nfc } from "./text.js";
import type {
  ApiCall,
  EvaluateOptions,
  Finding,
  FixOp,
  FixPlan,
  FixStrategy,
  ImageContext,
  MetadataEntry,
} from "./types.js";

const ORDER: Record<FixOp["op"], number> = { add: 0, rename: 1, replace: 2, remove: 3 };

/** `strategy` picks the calls (default merge, the 2025-04 way; 2026-08 callers pass patch). */
export function planFix(
  policy: EffectivePolicy,
  image: ImageContext,
  opts: EvaluateOptions & { strategy?: FixStrategy } = {},
): FixPlan {
  const ev = evaluate(policy, image, opts);
  const byKey = new Map(image.metadata.map((e) => [nfc(e.key), e]));
  const ops: FixOp[] = [];
  const claimed = new Set<string>();
  const unfixable: Finding[] = [];
  // Removals first in priority: a key that must go is not renamed or replaced.
  const candidates = ev.findings.filter((f) => f.enforcement !== "off");
  const prio = (f: Finding) => (f.fix?.op === "remove" ? 0 : 1);
  for (const f of [...candidates].sort((a, b) => prio(a) - prio(b))) {
    const fix = f.fix;
    if (!fix || f.readOnly) continue;
    const k = nfc(fix.key);
    const target = fix.to !== undefined ? nfc(fix.to) : undefined;
    if (claimed.has(k) || (target !== undefined && (claimed.has(target) || byKey.has(target)))) continue;
    const current = byKey.get(k);
    if (fix.op !== "add" && (!current || current.read_only)) continue;
    claimed.add(k);
    if (target !== undefined) claimed.add(target);
    ops.push({
      op: fix.op,
      key: fix.key,
      ...(fix.to !== undefined ? { to: fix.to } : {}),
      ...(fix.op === "rename" ? { value: current!.value } : fix.value !== undefined ? { value: fix.value } : {}),
      ...(current && fix.op !== "add" ? { from: current.value } : {}),
      ruleId: f.ruleId,
      reason: f.reason,
    });
  }
  const addedKeys = new Set(ops.filter((o) => o.op === "add" || o.op === "rename").map((o) => nfc(o.to ?? o.key)));
  for (const f of candidates) {
    if (f.fixable && !f.readOnly) continue;
    if (f.reason === "missing" && f.key !== null && addedKeys.has(nfc(f.key))) continue;
    if (f.enforcement === "audit") continue;
    unfixable.push(f);
  }
  ops.sort((a, b) => ORDER[a.op] - ORDER[b.op] || compareCodePoints(a.key, b.key));
  return { image: ev.image, operations: ops, unfixable, calls: toCalls(ops, opts.strategy ?? "merge", image.metadata) };
}

/** Merge-first rendering: one POST with adds, renames (new key) and replaces, then one DELETE per removed key; or one
 * PUT of the whole user map (replace); or one PATCH whose merge patch sets the new values and nulls the removed keys. */
export function toCalls(ops: FixOp[], strategy: FixStrategy = "merge", state?: MetadataEntry[]): ApiCall[] {
  if (ops.length === 0) return [];
  if (strategy === "patch") return [{ method: "PATCH", path: "", tags: patchOf(ops) }];
  if (strategy === "replace" && state) {
    const after = applyFix(state, ops).filter((e) => !e.read_only);
    return [{ method: "PUT", path: "metadata", body: Object.fromEntries(after.map((e) => [e.key, e.value])) }];
  }
  const body: Record<string, string> = {};
  for (const o of ops) {
    if (o.op === "add" || o.op === "replace") body[o.key] = o.value ?? "";
    if (o.op === "rename") body[o.to!] = o.value ?? "";
  }
  const calls: ApiCall[] = [];
  if (Object.keys(body).length > 0) calls.push({ method: "POST", path: "metadata", body });
  for (const o of ops)
    if (o.op === "remove" || o.op === "rename")
      calls.push({ method: "DELETE", path: "metadata_item", query: { key: o.key } });
  return calls;
}

/** The plan as one merge patch. A rename's old key is nulled and its new key set in the same map: the patch applies
 * both at once, so the value is never lost in between. */
function patchOf(ops: FixOp[]): Record<string, string | null> {
  const tags: Record<string, string | null> = {};
  for (const o of ops) if (o.op === "remove" || o.op === "rename") tags[o.key] = null;
  for (const o of ops) {
    if (o.op === "add" || o.op === "replace") tags[o.key] = o.value ?? "";
    if (o.op === "rename") tags[o.to!] = o.value ?? "";
  }
  return tags;
}

/** The state after a plan: what the API calls produce (used for previews and the idempotence tests). */
export function applyFix(state: MetadataEntry[], ops: FixOp[]): MetadataEntry[] {
  const out = state.map((e) => ({ ...e }));
  const find = (k: string) => out.findIndex((e) => nfc(e.key) === nfc(k));
  const set = (k: string, v: string) => {
    const i = find(k);
    if (i >= 0) {
      if (!out[i]!.read_only) out[i]!.value = v;
    } else out.push({ key: k, value: v, read_only: false });
  };
  for (const o of ops) if (o.op === "add" || o.op === "replace") set(o.key, o.value ?? "");
  for (const o of ops) if (o.op === "rename") set(o.to!, o.value ?? "");
  for (const o of ops)
    if (o.op === "remove" || o.op === "rename") {
      const i = find(o.key);
      if (i >= 0 && !out[i]!.read_only) out.splice(i, 1);
    }
  return out;
}
