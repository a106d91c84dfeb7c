// The policy file as written (after schema validation). Field names are the YAML names.
import type { Enforcement, KeyCase, Layer, Severity, ValueCase } from "./types.js";

export interface MetadataCondition {
  in?: string[];
  notIn?: string[];
  exists?: boolean;
  pattern?: string;
  flags?: string;
  search?: boolean;
}

export interface SelectorDoc {
  visibility?: string[];
  projectIds?: number[];
  regionIds?: number[];
  imageIds?: string[];
  imageNames?: string[];
  metadata?: Record<string, MetadataCondition>;
  osType?: string[];
}

export interface RuleBase {
  id: string;
  description?: string;
  enforcement?: Enforcement;
  severity?: Severity;
  match?: SelectorDoc;
  exclude?: SelectorDoc;
  keyCase?: KeyCase;
  valueCase?: ValueCase;
  childOperators?: Array<"assign" | "append" | "remove">;
  childMayRelax?: boolean;
  waivableBy?: Layer[];
}

export interface RequiredRule extends RuleBase {
  type: "required";
  keys: string[];
  allowEmpty?: boolean;
}
export interface AllowedValuesRule extends RuleBase {
  type: "allowedValues";
  key: string;
  values: string[];
  wildcards?: boolean;
}
export interface PatternFields {
  pattern: string;
  flags?: string;
  search?: boolean;
}
export interface ValuePatternRule extends RuleBase, PatternFields {
  type: "valuePattern";
  key?: string;
  keyPattern?: string;
}
export interface KeyPatternRule extends RuleBase, PatternFields {
  type: "keyPattern";
  rename?: Record<string, string>;
}
export interface CanonicalKeysRule extends RuleBase {
  type: "canonicalKeys";
  keys: string[];
}
export type ValueTypeName =
  | "string"
  | "integer"
  | "number"
  | "boolean"
  | "date"
  | "uuid"
  | "url"
  | "email"
  | "semver"
  | "json";
export interface ValueTypeRule extends RuleBase {
  type: "valueType";
  key: string;
  valueType: ValueTypeName;
  min?: number | string;
  max?: number | string;
}
export interface LengthRule extends RuleBase {
  type: "length";
  key: string;
  min?: number;
  max?: number;
}
export interface ForbiddenRule extends RuleBase {
  type: "forbidden";
  keys?: string[];
  prefixes?: string[];
  patterns?: string[];
  flags?: string;
  search?: boolean;
}
export interface ProtectedRule extends RuleBase {
  type: "protected";
  keys?: string[];
  patterns?: string[];
  flags?: string;
  operations?: Array<"update" | "delete">;
}
export type DefaultOperation = "addIfMissing" | "addOrReplace" | "remove" | "renameToCanonical";
export interface DefaultRule extends RuleBase {
  type: "default";
  key: string;
  value?: string;
  operation?: DefaultOperation;
}
export interface ConditionalRule extends RuleBase {
  type: "conditional";
  if: SelectorDoc;
  then: RuleDoc[];
}

export type TypedRuleDoc =
  | RequiredRule
  | AllowedValuesRule
  | ValuePatternRule
  | KeyPatternRule
  | CanonicalKeysRule
  | ValueTypeRule
  | LengthRule
  | ForbiddenRule
  | ProtectedRule
  | DefaultRule
  | ConditionalRule;

/** A lower layer refining a parent rule with AWS-style operators. */
export interface ExtensionRuleDoc {
  id: string;
  extends: string;
  operator: "assign" | "append" | "remove";
  values?: string[];
  keys?: string[];
  enforcement?: Enforcement;
  severity?: Severity;
  description?: string;
}

export type RuleDoc = TypedRuleDoc | ExtensionRuleDoc;

export interface WaiverDoc {
  id: string;
  rules: string[];
  match?: SelectorDoc;
  exclude?: SelectorDoc;
  category: "waiver" | "mitigated";
  reason: string;
  approvedBy?: string;
  expires: string;
}

export interface PolicyDocument {
  apiVersion: "metadata-policy/v1";
  kind: "MetadataPolicy";
  metadata: {
    name: string;
    layer?: Layer;
    scope?: { projectIds?: number[]; regionIds?: number[] };
    description?: string;
  };
  spec: {
    defaults?: {
      enforcement?: Enforcement;
      keyCase?: KeyCase;
      valueCase?: ValueCase;
      readOnlyItems?: "evaluate" | "skip";
    };
    limits?: {
      maxItems?: number;
      maxKeyLength?: number;
      maxValueLength?: number;
      maxRegexInput?: number;
      enforcement?: Enforcement;
    };
    settings?: { maxWaiverDays?: number; writeScope?: "introduced" | "full" };
    match?: SelectorDoc;
    exclude?: SelectorDoc;
    rules?: RuleDoc[];
    waivers?: WaiverDoc[];
  };
}

export const isExtension = (rule: RuleDoc): rule is ExtensionRuleDoc => "extends" in rule;
