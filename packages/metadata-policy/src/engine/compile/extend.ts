// Phase 3, layer extensions: the extension operators (assign / append / remove on a parent rule's list, after
// AWS Organizations' @@assign / @@append / @@remove), narrowing-only unless the parent allows more.
import type { ExtensionRuleDoc } from "../document.js";
import { ENFORCEMENT_RANK, LAYER_ORDER } from "../policy.js";
import { combine } from "../selector.js";
import { fold, nfc } from "../text.js";
import type { Enforcement } from "../types.js";
import type { CompileContext, PendingExtension, RuleEntry } from "./types.js";
import type { WalkResult } from "./walk.js";
import { provenanceOf } from "./provenance.js";

const KEY_LISTS = ["required", "canonicalKeys", "forbidden", "protected"];

export function applyExtensions({ entries, byId, extensions }: WalkResult, ctx: CompileContext): void {
  for (const pending of extensions) {
    const parent = byId.get(pending.ext.extends);
    const listName = parent ? checkExtension(pending, parent, ctx) : reportUnknownParent(pending, ctx);
    if (!parent || !listName) continue;
    const derived = deriveRule(pending, parent, listName, ctx);
    const childScope = derived.match[derived.match.length - 1];
    // The parent keeps applying outside the child's scope; inside it, the derived rule replaces it.
    const at = entries.indexOf(parent);
    if (at < 0) {
      // The parent was already replaced by an unscoped refinement in another file: this one joins the conjunction.
      entries.push(derived);
    } else if (pending.scoped) {
      parent.exclude = [...parent.exclude, childScope];
      entries.splice(at + 1, 0, derived);
    } else entries.splice(at, 1, derived);
    byId.set(pending.ext.id, derived);
  }
}

function reportUnknownParent({ ext, input, path }: PendingExtension, ctx: CompileContext): undefined {
  ctx.diag(input, "layer/unknown-parent", `rule "${ext.id}" extends unknown rule "${ext.extends}"`, `${path}/extends`);
  return undefined;
}

/** The parent's list the extension may change ("keys" or "values"), or undefined after reporting why not. */
function checkExtension(
  { ext, input, path }: PendingExtension,
  parent: RuleEntry,
  ctx: CompileContext,
): "keys" | "values" | undefined {
  const layer = input.document.metadata.layer ?? "org";
  if (LAYER_ORDER[parent.layer] >= LAYER_ORDER[layer]) {
    ctx.diag(
      input,
      "layer/extends-not-lower",
      `rule "${ext.id}" (${layer}) may only extend a rule of a higher layer; "${parent.doc.id}" is ${parent.layer}`,
      `${path}/extends`,
    );
    return undefined;
  }
  const allowed = parent.doc.childOperators ?? ["remove"];
  if (!allowed.includes(ext.operator)) {
    ctx.diag(
      input,
      "layer/operator-not-allowed",
      `rule "${ext.id}": operator "${ext.operator}" is not allowed by "${parent.doc.id}" (allowed: ${allowed.join(", ") || "none"})`,
      `${path}/operator`,
    );
    return undefined;
  }
  const listName =
    parent.doc.type === "allowedValues" ? "values" : KEY_LISTS.includes(parent.doc.type) ? "keys" : undefined;
  if (!listName)
    ctx.diag(
      input,
      "layer/not-extensible",
      `rule "${ext.id}": rules of type ${parent.doc.type} have no list to extend`,
      `${path}/extends`,
    );
  return listName;
}

function extendedList(ext: ExtensionRuleDoc, parent: RuleEntry, listName: "keys" | "values"): string[] {
  const given = (listName === "values" ? ext.values : ext.keys) ?? [];
  const current = ((parent.doc as unknown as Record<string, string[] | undefined>)[listName] ?? []) as string[];
  const norm = (s: string) =>
    (listName === "values" && parent.valueCase === "ignore") || (listName === "keys" && parent.keyCase !== "exact")
      ? fold(s)
      : nfc(s);
  const givenSet = new Set(given.map(norm));
  if (ext.operator === "assign") return given;
  if (ext.operator === "append") return [...current, ...given.filter((g) => !current.some((c) => norm(c) === norm(g)))];
  return current.filter((c) => !givenSet.has(norm(c)));
}

/** A child may tighten enforcement; relaxing it needs the parent's `childMayRelax` (else a warning, parent's level kept). */
function childEnforcement({ ext, input, path }: PendingExtension, parent: RuleEntry, ctx: CompileContext): Enforcement {
  const enforcement = ext.enforcement ?? parent.enforcement;
  if (ENFORCEMENT_RANK[enforcement] >= ENFORCEMENT_RANK[parent.enforcement] || parent.doc.childMayRelax === true)
    return enforcement;
  ctx.diag(
    input,
    "layer/relax-ignored",
    `rule "${ext.id}": enforcement "${enforcement}" would relax "${parent.doc.id}" (${parent.enforcement}); kept ${parent.enforcement}`,
    `${path}/enforcement`,
    "warning",
  );
  return parent.enforcement;
}

/** The derived rule: the parent with the extended list, the child's scope added to its selectors (last). */
function deriveRule(
  pending: PendingExtension,
  parent: RuleEntry,
  listName: "keys" | "values",
  ctx: CompileContext,
): RuleEntry {
  const { ext, input, path, docMatch } = pending;
  const layer = input.document.metadata.layer ?? "org";
  const next = extendedList(ext, parent, listName);
  const enforcement = childEnforcement(pending, parent, ctx);
  return {
    ...parent,
    doc: {
      ...parent.doc,
      id: ext.id,
      [listName]: next,
      ...(ext.severity ? { severity: ext.severity } : {}),
      ...(ext.description ? { description: ext.description } : {}),
    } as RuleEntry["doc"],
    layer,
    input,
    path,
    match: [...parent.match, combine(docMatch, [])],
    scope: input.document.metadata.scope ?? parent.scope,
    enforcement,
    provenance: [...parent.provenance, provenanceOf(input, ext.id, path, ext.operator)],
    lineage: [...parent.lineage, ext.id],
  };
}
