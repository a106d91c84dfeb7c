// The shapes shared by the compile phases (and by the unsatisfiable-layers check, which reads rule entries).
import type { ExtensionRuleDoc, PolicyDocument, SelectorDoc, TypedRuleDoc } from "../document.js";
import type { Limits } from "../builtins.js";
import type { EffectivePolicy, Provenance } from "../policy.js";
import type { Predicate } from "../selector.js";
import type { Diagnostic, Enforcement, KeyCase, Layer, ValueCase, WriteScope } from "../types.js";

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

/** An `extends` rule, kept aside by the rule walk until every layer's own rules are known. */
export interface PendingExtension {
  ext: ExtensionRuleDoc;
  input: PolicyInput;
  path: string;
  /** The selectors of the extending document (and enclosing rules): the child's scope. */
  docMatch: Predicate[];
  /** Whether the extending document narrows where it applies (scope, match or exclude). */
  scoped: boolean;
}

/** Policy-wide settings: the highest layer that sets them wins; limits and waiver windows only tighten. */
export interface PolicySettings {
  keyCase: KeyCase;
  maxRegexInput: number;
  maxWaiverDays: number;
  limits: Limits;
  limitsEnforcement: Enforcement;
  skipReadOnly: boolean;
  writeScope: WriteScope;
}

/** What every phase reports through: diagnostics with file and line, and selectors compiled with their keys noted. */
export interface CompileContext {
  diagnostics: Diagnostic[];
  diag(input: PolicyInput, code: string, message: string, path?: string, severity?: "error" | "warning"): void;
  selector(input: PolicyInput, sel: SelectorDoc | undefined, path: string): Predicate | undefined;
  /** Folded metadata keys that selectors read: they get evaluation slots next to the rules' keys. */
  selectorKeys: Set<string>;
}
