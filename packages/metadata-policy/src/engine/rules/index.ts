// Rule type → checker. `protected` has no static check: it only judges writes (see write.ts).
import type { TypedRuleDoc } from "../document.js";
import { compileAllowedValues } from "./allowed-values.js";
import { compileCanonicalKeys } from "./canonical-keys.js";
import type { Checker, RuleContext } from "./common.js";
import { compileDefault } from "./default.js";
import { compileForbidden } from "./forbidden.js";
import { compileKeyPattern } from "./key-pattern.js";
import { compileLength } from "./length.js";
import { compileRequired } from "./required.js";
import { compileValuePattern } from "./value-pattern.js";
import { compileValueType } from "./value-type.js";

const none: Checker = () => {};

export function compileChecker(rule: Exclude<TypedRuleDoc, { type: "conditional" }>, ctx: RuleContext): Checker {
  switch (rule.type) {
    case "required":
      return compileRequired(rule, ctx);
    case "allowedValues":
      return compileAllowedValues(rule, ctx);
    case "valuePattern":
      return compileValuePattern(rule, ctx);
    case "keyPattern":
      return compileKeyPattern(rule, ctx);
    case "canonicalKeys":
      return compileCanonicalKeys(rule, ctx);
    case "valueType":
      return compileValueType(rule, ctx);
    case "length":
      return compileLength(rule, ctx);
    case "forbidden":
      return compileForbidden(rule, ctx);
    case "default":
      return compileDefault(rule, ctx);
    case "protected":
      return none;
  }
}
