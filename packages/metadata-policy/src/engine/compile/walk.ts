// Phase 2, the rule walk: every document's rules (conditionals flattened, selectors inherited) become rule entries;
// `extends` rules are set aside for phase 3, once every layer's own rules are known.
import { isExtension, type PolicyDocument, type RuleDoc } from "../document.js";
import type { Predicate } from "../selector.js";
import type { Enforcement, KeyCase } from "../types.js";
import type { CompileContext, PendingExtension, PolicyInput, RuleEntry } from "./types.js";
import { provenanceOf } from "./provenance.js";

export interface WalkResult {
  entries: RuleEntry[];
  byId: Map<string, RuleEntry>;
  extensions: PendingExtension[];
}

/** What a rule inherits from its document and enclosing conditionals. */
interface Inherited {
  match: Array<Predicate | undefined>;
  exclude: Array<Predicate | undefined>;
  conditional: boolean;
  enforcement?: Enforcement;
  severity?: string;
}

/** One document's walk: its layer, its document-level selectors, and where entries go. */
interface DocumentWalk {
  input: PolicyInput;
  document: PolicyDocument;
  scopeSel: Predicate | undefined;
  docMatch: Predicate | undefined;
  docExclude: Predicate | undefined;
  keyCase: KeyCase;
}

export function walkRules(inputs: PolicyInput[], keyCase: KeyCase, ctx: CompileContext): WalkResult {
  const result: WalkResult = { entries: [], byId: new Map(), extensions: [] };
  // Rule ids are unique across every layer: waivers and `extends` name rules by id alone.
  const allIds = new Map<string, string>();
  for (const input of inputs) {
    const d = input.document;
    const w: DocumentWalk = {
      input,
      document: d,
      scopeSel: d.metadata.scope ? ctx.selector(input, d.metadata.scope, "/metadata/scope") : undefined,
      docMatch: ctx.selector(input, d.spec.match, "/spec/match"),
      docExclude: ctx.selector(input, d.spec.exclude, "/spec/exclude"),
      keyCase,
    };
    walk(
      w,
      d.spec.rules ?? [],
      "/spec/rules",
      { match: [w.scopeSel, w.docMatch], exclude: [w.docExclude], conditional: false },
      allIds,
      result,
      ctx,
    );
  }
  return result;
}

function walk(
  w: DocumentWalk,
  rules: RuleDoc[],
  base: string,
  inherited: Inherited,
  allIds: Map<string, string>,
  out: WalkResult,
  ctx: CompileContext,
): void {
  const { input, document: d } = w;
  rules.forEach((rule, i) => {
    const path = `${base}/${i}`;
    const seen = allIds.get(rule.id);
    if (seen !== undefined)
      ctx.diag(input, "rule/duplicate-id", `rule id "${rule.id}" is already used (${seen})`, `${path}/id`);
    allIds.set(rule.id, `${input.source ?? d.metadata.name}${path}`);
    if (isExtension(rule)) {
      if (inherited.conditional)
        ctx.diag(
          input,
          "layer/extends-in-conditional",
          `rule "${rule.id}": extends is not allowed inside a conditional`,
          path,
        );
      out.extensions.push({
        ext: rule,
        input,
        path,
        docMatch: [w.scopeSel, w.docMatch, ...inherited.match].filter((p): p is Predicate => p !== undefined),
        scoped: w.scopeSel !== undefined || w.docMatch !== undefined || w.docExclude !== undefined,
      });
      return;
    }
    const match = [...inherited.match, ctx.selector(input, rule.match, `${path}/match`)];
    const exclude = [...inherited.exclude, ctx.selector(input, rule.exclude, `${path}/exclude`)];
    const conditional = inherited.conditional || rule.match !== undefined || rule.exclude !== undefined;
    const enforcement = rule.enforcement ?? inherited.enforcement ?? d.spec.defaults?.enforcement ?? "deny";
    if (rule.type === "conditional") {
      const cond = ctx.selector(input, rule.if, `${path}/if`);
      const next: Inherited = {
        match: [...match, cond],
        exclude,
        conditional: true,
        enforcement,
        ...(rule.severity ? { severity: rule.severity } : {}),
      };
      walk(w, rule.then, `${path}/then`, next, allIds, out, ctx);
      return;
    }
    const layer = d.metadata.layer ?? "org";
    const entry: RuleEntry = {
      doc: (inherited.severity && !rule.severity
        ? { ...rule, severity: inherited.severity }
        : rule) as RuleEntry["doc"],
      layer,
      input,
      path,
      match,
      exclude,
      conditional,
      scope: d.metadata.scope,
      enforcement,
      keyCase: rule.keyCase ?? d.spec.defaults?.keyCase ?? w.keyCase,
      valueCase: rule.valueCase ?? d.spec.defaults?.valueCase ?? "exact",
      provenance: [provenanceOf(input, rule.id, path)],
      lineage: [rule.id],
    };
    out.entries.push(entry);
    out.byId.set(rule.id, entry);
  });
}
