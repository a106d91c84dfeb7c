// Documents → effective policy: layering (org → project → local), extension operators, semantic checks.
// Any error-level diagnostic means no policy: an invalid policy is never evaluated.
import type { ExtensionRuleDoc, PolicyDocument, RuleDoc, SelectorDoc, TypedRuleDoc } from "./document.js";
import { isExtension } from "./document.js";
import { digestOf } from "./digest.js";
import { capEnforcement, ENFORCEMENT_RANK, LAYER_ORDER, type CompiledRule, type CompiledWaiver, type EffectivePolicy, type Provenance } from "./policy.js";
import { PatternError } from "./regex.js";
import { compileChecker } from "./rules/index.js";
import { keyMatcher } from "./rules/key-matcher.js";
import { combine, compileSelector, type Predicate } from "./selector.js";
import { fold, nfc } from "./text.js";
import type { Diagnostic, Enforcement, KeyCase, Layer, ValueCase } from "./types.js";
import { checkUnsatisfiable } from "./unsatisfiable.js";

export interface PolicyInput {
  document: PolicyDocument;
  source?: string;
  lineOf?: (pointer: string) => number | undefined;
}

export interface CompileOptions {
  /** Clock for waiver hygiene (expired / too far in the future). */
  now?: Date;
}

export interface CompileResult {
  policy?: EffectivePolicy;
  diagnostics: Diagnostic[];
}

/** A rule before compilation, with everything the layering step needs. */
export interface RuleEntry {
  doc: Exclude<TypedRuleDoc, { type: "conditional" }>;
  layer: Layer;
  input: PolicyInput;
  path: string;
  match: Array<Predicate | undefined>;
  exclude: Array<Predicate | undefined>;
  /** Only applies under a rule-level selector or a conditional (so it cannot make a layer unsatisfiable on its own). */
  conditional: boolean;
  scope: { projectIds?: number[]; regionIds?: number[] } | undefined;
  enforcement: Enforcement;
  keyCase: KeyCase;
  valueCase: ValueCase;
  provenance: Provenance[];
  lineage: string[];
}

const RESERVED_IDS = ["builtin/case-collision", "builtin/normalization-collision", "limits/maxItems", "limits/maxKeyLength", "limits/maxValueLength"];
const DAY = 86_400_000;

export function parseExpiry(s: string): number {
  return Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T00:00:00Z` : s);
}

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

export function compilePolicies(unordered: PolicyInput[], opts: CompileOptions = {}): CompileResult {
  const now = (opts.now ?? new Date()).getTime();
  const diagnostics: Diagnostic[] = [];
  const inputs = unordered
    .map((input, i) => ({ input, i }))
    .sort((a, b) => LAYER_ORDER[a.input.document.metadata.layer ?? "org"] - LAYER_ORDER[b.input.document.metadata.layer ?? "org"] || a.i - b.i)
    .map((x) => x.input);

  const diag = (input: PolicyInput, code: string, message: string, path?: string, severity: "error" | "warning" = "error") => {
    const line = path !== undefined ? input.lineOf?.(path) : undefined;
    diagnostics.push({
      code,
      severity,
      message,
      ...(input.source !== undefined ? { source: input.source } : {}),
      ...(path !== undefined ? { path } : {}),
      ...(line !== undefined ? { line } : {}),
    });
  };
  const selectorKeys = new Set<string>();
  const selector = (input: PolicyInput, sel: SelectorDoc | undefined, path: string): Predicate | undefined => {
    for (const k of Object.keys(sel?.metadata ?? {})) selectorKeys.add(fold(k));
    if (sel?.osType) selectorKeys.add("os_type");
    try {
      return compileSelector(sel);
    } catch (e) {
      diag(input, "regex/invalid", `${(e as Error).message}`, path);
      return undefined;
    }
  };

  // Policy-wide settings: the highest layer that sets them wins; limits and waiver windows only tighten.
  const keyCase: KeyCase = firstSet(inputs, (d) => d.spec.defaults?.keyCase) ?? "canonical";
  const maxRegexInput = minSet(inputs, (d) => d.spec.limits?.maxRegexInput) ?? 65_536;
  const maxWaiverDays = minSet(inputs, (d) => d.spec.settings?.maxWaiverDays) ?? 365;
  const limits = {
    ...(minSet(inputs, (d) => d.spec.limits?.maxItems) !== undefined ? { maxItems: minSet(inputs, (d) => d.spec.limits?.maxItems)! } : {}),
    ...(minSet(inputs, (d) => d.spec.limits?.maxKeyLength) !== undefined ? { maxKeyLength: minSet(inputs, (d) => d.spec.limits?.maxKeyLength)! } : {}),
    ...(minSet(inputs, (d) => d.spec.limits?.maxValueLength) !== undefined ? { maxValueLength: minSet(inputs, (d) => d.spec.limits?.maxValueLength)! } : {}),
  };
  const limitsEnforcement: Enforcement =
    firstSet(inputs, (d) => d.spec.limits?.enforcement) ?? firstSet(inputs, (d) => (d.spec.limits ? d.spec.defaults?.enforcement : undefined)) ?? "deny";

  const entries: RuleEntry[] = [];
  const byId = new Map<string, RuleEntry>();
  const extensions: Array<{ ext: ExtensionRuleDoc; input: PolicyInput; path: string; docMatch: Predicate[]; scoped: boolean }> = [];
  const allIds = new Map<string, string>();

  for (const input of inputs) {
    const d = input.document;
    const layer = d.metadata.layer ?? "org";
    const scopeSel = d.metadata.scope ? selector(input, d.metadata.scope, "/metadata/scope") : undefined;
    const docMatch = selector(input, d.spec.match, "/spec/match");
    const docExclude = selector(input, d.spec.exclude, "/spec/exclude");
    const walk = (rules: RuleDoc[], base: string, inherited: { match: Array<Predicate | undefined>; exclude: Array<Predicate | undefined>; conditional: boolean; enforcement?: Enforcement; severity?: string }) => {
      rules.forEach((rule, i) => {
        const path = `${base}/${i}`;
        const seen = allIds.get(rule.id);
        if (seen !== undefined) diag(input, "rule/duplicate-id", `rule id "${rule.id}" is already used (${seen})`, `${path}/id`);
        allIds.set(rule.id, `${input.source ?? d.metadata.name}${path}`);
        if (isExtension(rule)) {
          if (inherited.conditional) diag(input, "layer/extends-in-conditional", `rule "${rule.id}": extends is not allowed inside a conditional`, path);
          extensions.push({ ext: rule, input, path, docMatch: [scopeSel, docMatch, ...inherited.match].filter((p): p is Predicate => p !== undefined), scoped: scopeSel !== undefined || docMatch !== undefined || docExclude !== undefined });
          return;
        }
        const m = [...inherited.match, selector(input, rule.match, `${path}/match`)];
        const x = [...inherited.exclude, selector(input, rule.exclude, `${path}/exclude`)];
        const conditional = inherited.conditional || rule.match !== undefined || rule.exclude !== undefined;
        const enforcement = rule.enforcement ?? inherited.enforcement ?? d.spec.defaults?.enforcement ?? "deny";
        if (rule.type === "conditional") {
          const cond = selector(input, rule.if, `${path}/if`);
          walk(rule.then, `${path}/then`, { match: [...m, cond], exclude: x, conditional: true, enforcement, ...(rule.severity ? { severity: rule.severity } : {}) });
          return;
        }
        const doc = (inherited.severity && !rule.severity ? { ...rule, severity: inherited.severity } : rule) as RuleEntry["doc"];
        const entry: RuleEntry = {
          doc,
          layer,
          input,
          path,
          match: m,
          exclude: x,
          conditional,
          scope: d.metadata.scope,
          enforcement,
          keyCase: rule.keyCase ?? d.spec.defaults?.keyCase ?? keyCase,
          valueCase: rule.valueCase ?? d.spec.defaults?.valueCase ?? "exact",
          provenance: [{ layer, policy: d.metadata.name, ...(input.source !== undefined ? { source: input.source } : {}), ruleId: rule.id, path }],
          lineage: [rule.id],
        };
        entries.push(entry);
        byId.set(rule.id, entry);
      });
    };
    walk(d.spec.rules ?? [], "/spec/rules", { match: [scopeSel, docMatch], exclude: [docExclude], conditional: false });
  }

  // Extension operators (AWS @@assign / @@append / @@remove [S2]), narrowing-only unless the parent allows more.
  for (const { ext, input, path, docMatch, scoped } of extensions) {
    const layer = input.document.metadata.layer ?? "org";
    const parent = byId.get(ext.extends);
    if (!parent) {
      diag(input, "layer/unknown-parent", `rule "${ext.id}" extends unknown rule "${ext.extends}"`, `${path}/extends`);
      continue;
    }
    if (LAYER_ORDER[parent.layer] >= LAYER_ORDER[layer]) {
      diag(input, "layer/extends-not-lower", `rule "${ext.id}" (${layer}) may only extend a rule of a higher layer; "${parent.doc.id}" is ${parent.layer}`, `${path}/extends`);
      continue;
    }
    const allowed = parent.doc.childOperators ?? ["remove"];
    if (!allowed.includes(ext.operator)) {
      diag(input, "layer/operator-not-allowed", `rule "${ext.id}": operator "${ext.operator}" is not allowed by "${parent.doc.id}" (allowed: ${allowed.join(", ") || "none"})`, `${path}/operator`);
      continue;
    }
    const listName = parent.doc.type === "allowedValues" ? "values" : ["required", "canonicalKeys", "forbidden", "protected"].includes(parent.doc.type) ? "keys" : undefined;
    if (!listName) {
      diag(input, "layer/not-extensible", `rule "${ext.id}": rules of type ${parent.doc.type} have no list to extend`, `${path}/extends`);
      continue;
    }
    const given = (listName === "values" ? ext.values : ext.keys) ?? [];
    const current = ((parent.doc as unknown as Record<string, string[] | undefined>)[listName] ?? []) as string[];
    const norm = (s: string) => (listName === "values" && parent.valueCase === "ignore") || (listName === "keys" && parent.keyCase !== "exact") ? fold(s) : nfc(s);
    const givenSet = new Set(given.map(norm));
    const next =
      ext.operator === "assign" ? given : ext.operator === "append" ? [...current, ...given.filter((g) => !current.some((c) => norm(c) === norm(g)))] : current.filter((c) => !givenSet.has(norm(c)));
    let enforcement = ext.enforcement ?? parent.enforcement;
    if (ENFORCEMENT_RANK[enforcement] < ENFORCEMENT_RANK[parent.enforcement] && parent.doc.childMayRelax !== true) {
      diag(input, "layer/relax-ignored", `rule "${ext.id}": enforcement "${enforcement}" would relax "${parent.doc.id}" (${parent.enforcement}); kept ${parent.enforcement}`, `${path}/enforcement`, "warning");
      enforcement = parent.enforcement;
    }
    const childScope = combine(docMatch, []);
    const derived: RuleEntry = {
      ...parent,
      doc: { ...parent.doc, id: ext.id, [listName]: next, ...(ext.severity ? { severity: ext.severity } : {}), ...(ext.description ? { description: ext.description } : {}) } as RuleEntry["doc"],
      layer,
      input,
      path,
      match: [...parent.match, childScope],
      scope: input.document.metadata.scope ?? parent.scope,
      enforcement,
      provenance: [...parent.provenance, { layer, policy: input.document.metadata.name, ...(input.source !== undefined ? { source: input.source } : {}), ruleId: ext.id, operator: ext.operator, path }],
      lineage: [...parent.lineage, ext.id],
    };
    // The parent keeps applying outside the child's scope; inside it, the derived rule replaces it.
    const at = entries.indexOf(parent);
    if (at < 0) {
      // The parent was already replaced by an unscoped refinement in another file: this one joins the conjunction.
      entries.push(derived);
    } else if (scoped) {
      parent.exclude = [...parent.exclude, childScope];
      entries.splice(at + 1, 0, derived);
    } else entries.splice(at, 1, derived);
    byId.set(ext.id, derived);
  }

  checkUnsatisfiable(entries, (e, message) => diag(e.input, "layer/unsatisfiable", message, e.path));

  const rules: CompiledRule[] = [];
  const knownKeys = new Map<string, string>();
  entries.forEach((e, order) => {
    try {
      const doc = e.doc;
      const rule: CompiledRule = {
        id: doc.id,
        type: doc.type,
        layer: e.layer,
        enforcement: e.enforcement,
        ...(doc.severity ? { severity: doc.severity } : {}),
        ...(doc.description ? { description: doc.description } : {}),
        doc,
        applies: combine(e.match, e.exclude),
        check: compileChecker(doc, { keyCase: e.keyCase, valueCase: e.valueCase, maxRegexInput }),
        waivableBy: doc.waivableBy ?? ["org", "project"],
        lineage: e.lineage,
        provenance: e.provenance,
        order,
      };
      if (doc.type === "protected") {
        const ops = doc.operations ?? ["update", "delete"];
        rule.protects = { matches: keyMatcher(doc, e.keyCase), update: ops.includes("update"), delete: ops.includes("delete") };
      }
      for (const k of "keys" in doc && doc.keys ? doc.keys : "key" in doc && typeof doc.key === "string" && doc.key !== "*" ? [doc.key] : []) if (!knownKeys.has(fold(k))) knownKeys.set(fold(k), nfc(k));
      rules.push(rule);
    } catch (err) {
      if (!(err instanceof PatternError)) throw err;
      diag(e.input, "regex/invalid", `rule "${e.doc.id}": ${err.message}`, e.path);
    }
  });

  // Waivers: must name real rules, expire, and respect which layers may waive what.
  const waivers: CompiledWaiver[] = [];
  const ruleById = new Map<string, CompiledRule>();
  for (const r of rules) for (const id of r.lineage) if (!ruleById.has(id)) ruleById.set(id, r);
  const waiverIds = new Set<string>();
  for (const input of inputs) {
    const layer = input.document.metadata.layer ?? "org";
    (input.document.spec.waivers ?? []).forEach((w, i) => {
      const path = `/spec/waivers/${i}`;
      if (waiverIds.has(w.id)) diag(input, "waiver/duplicate-id", `waiver id "${w.id}" is already used`, `${path}/id`);
      waiverIds.add(w.id);
      if (layer === "local") diag(input, "waiver/not-allowed", `waiver "${w.id}": a local layer can never waive rules`, path);
      for (const id of w.rules) {
        const rule = ruleById.get(id);
        if (!rule) {
          if (!RESERVED_IDS.includes(id)) diag(input, "waiver/unknown-rule", `waiver "${w.id}" names unknown rule "${id}"`, `${path}/rules`);
          continue;
        }
        const owner = rule.provenance.find((p) => p.ruleId === id)?.layer ?? rule.layer;
        if (LAYER_ORDER[owner] < LAYER_ORDER[layer] && !rule.waivableBy.includes(layer))
          diag(input, "waiver/not-allowed", `waiver "${w.id}" (${layer}) may not waive ${owner} rule "${id}" (waivableBy: ${rule.waivableBy.join(", ") || "none"})`, `${path}/rules`);
      }
      const expiresAt = parseExpiry(w.expires);
      if (Number.isNaN(expiresAt)) diag(input, "waiver/bad-expiry", `waiver "${w.id}": invalid expires "${w.expires}"`, `${path}/expires`);
      else if (expiresAt - now > maxWaiverDays * DAY)
        diag(input, "waiver/too-long", `waiver "${w.id}" expires ${w.expires}, more than ${maxWaiverDays} days away`, `${path}/expires`);
      else if (expiresAt <= now) diag(input, "builtin/waiver-expired", `waiver "${w.id}" expired on ${w.expires} and is ignored`, `${path}/expires`, "warning");
      const m = selector(input, w.match, `${path}/match`);
      const x = selector(input, w.exclude, `${path}/exclude`);
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

  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics };
  const skipReadOnly = firstSet(inputs, (d) => d.spec.defaults?.readOnlyItems) === "skip";
  return {
    diagnostics,
    policy: {
      digest: digestOf(inputs.map((i) => i.document)),
      layers: inputs.map((i) => ({ name: i.document.metadata.name, layer: i.document.metadata.layer ?? "org", ...(i.source !== undefined ? { source: i.source } : {}) })),
      rules,
      waivers,
      keyCase,
      skipReadOnly,
      limits,
      limitsEnforcement: capEnforcement(limitsEnforcement, "deny"),
      writeScope: firstSet(inputs, (d) => d.spec.settings?.writeScope) ?? "introduced",
      knownKeys,
      slotOf: new Map([...new Set([...knownKeys.keys(), ...selectorKeys])].map((k, i) => [k, i])),
    },
  };
}
