// The compiled, layered policy the evaluator runs.
import type { TypedRuleDoc } from "./document.js";
import type { Limits } from "./builtins.js";
import type { Checker } from "./rules/common.js";
import type { Predicate } from "./selector.js";
import type { Enforcement, KeyCase, Layer, Severity, WriteScope } from "./types.js";

export interface Provenance {
  layer: Layer;
  policy: string;
  source?: string;
  ruleId: string;
  operator?: "assign" | "append" | "remove";
  /** JSON pointer of the rule in its file. */
  path: string;
  /** 1-based line of the rule in its file, when the text is known. */
  line?: number;
}

export interface CompiledRule {
  id: string;
  type: TypedRuleDoc["type"];
  layer: Layer;
  enforcement: Enforcement;
  severity?: Severity;
  description?: string;
  /** Effective rule document (after extension operators). */
  doc: TypedRuleDoc;
  applies: Predicate;
  check: Checker;
  /** For `protected` rules: which keys, which operations. */
  protects?: { matches(nkey: string): boolean; update: boolean; delete: boolean };
  waivableBy: Layer[];
  /** The rule ids a waiver may name to cover this rule (itself and its ancestors). */
  lineage: string[];
  provenance: Provenance[];
  order: number;
}

export interface CompiledWaiver {
  id: string;
  rules: Set<string>;
  applies: Predicate;
  category: "waiver" | "mitigated";
  reason: string;
  approvedBy?: string;
  expires: string;
  expiresAt: number;
  layer: Layer;
  policy: string;
}

export interface EffectivePolicy {
  digest: string;
  layers: Array<{ name: string; layer: Layer; source?: string }>;
  rules: CompiledRule[];
  waivers: CompiledWaiver[];
  keyCase: KeyCase;
  skipReadOnly: boolean;
  limits: Limits;
  limitsEnforcement: Enforcement;
  writeScope: WriteScope;
  /** Folded key → NFC spelling named by rules (collision handling keeps these spellings). */
  knownKeys: Map<string, string>;
  /** Folded keys that rules and selectors look up → slot index (the evaluator's per-policy index). */
  slotOf: Map<string, number>;
}

export const LAYER_ORDER: Record<Layer, number> = { org: 0, project: 1, local: 2 };
export const ENFORCEMENT_RANK: Record<Enforcement, number> = { off: 0, audit: 1, warn: 2, deny: 3 };

export function capEnforcement(e: Enforcement, ceiling: Enforcement | undefined): Enforcement {
  return ceiling !== undefined && ENFORCEMENT_RANK[e] > ENFORCEMENT_RANK[ceiling] ? ceiling : e;
}
