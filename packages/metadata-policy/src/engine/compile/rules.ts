// Phase 4, rule compilation: each entry becomes a CompiledRule with its checker, selectors and protections; the
// keys rules name are collected so evaluation can index them.
import type { CompiledRule } from "../policy.js";
import { PatternError } from "../regex.js";
import { compileChecker } from "../rules/index.js";
import { keyMatcher } from "../rules/key-matcher.js";
import { combine } from "../selector.js";
import { fold, nfc } from "../text.js";
import type { CompileContext, RuleEntry } from "./types.js";

export interface CompiledRules {
  rules: CompiledRule[];
  /** Folded key → the NFC spelling a rule uses. */
  knownKeys: Map<string, string>;
}

function namedKeys(doc: RuleEntry["doc"]): string[] {
  if ("keys" in doc && doc.keys) return doc.keys;
  return "key" in doc && typeof doc.key === "string" && doc.key !== "*" ? [doc.key] : [];
}

function compileEntry(e: RuleEntry, order: number, maxRegexInput: number): CompiledRule {
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
    rule.protects = {
      matches: keyMatcher(doc, e.keyCase),
      update: ops.includes("update"),
      delete: ops.includes("delete"),
    };
  }
  return rule;
}

export function compileRules(entries: RuleEntry[], maxRegexInput: number, ctx: CompileContext): CompiledRules {
  const rules: CompiledRule[] = [];
  const knownKeys = new Map<string, string>();
  entries.forEach((e, order) => {
    try {
      const rule = compileEntry(e, order, maxRegexInput);
      for (const k of namedKeys(e.doc)) if (!knownKeys.has(fold(k))) knownKeys.set(fold(k), nfc(k));
      rules.push(rule);
    } catch (err) {
      if (!(err instanceof PatternError)) throw err;
      ctx.diag(e.input, "regex/invalid", `rule "${e.doc.id}": ${err.message}`, e.path);
    }
  });
  return { rules, knownKeys };
}
