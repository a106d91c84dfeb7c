import type { ValueTypeRule } from "../document.js";
import { keyForms } from "../text.js";
import { checkType, magnitude } from "../value-types.js";
import { resolve, show, type Checker, type RuleContext } from "./common.js";

// `valueType`: integer, number, boolean, date (RFC 3339), uuid, url, email, semver, json; optional min/max bounds.
export function compileValueType(rule: ValueTypeRule, ctx: RuleContext): Checker {
  const min = rule.min === undefined ? undefined : magnitude(rule.valueType, rule.min);
  const max = rule.max === undefined ? undefined : magnitude(rule.valueType, rule.max);
  const key = keyForms(rule.key);
  return (view, emit) => {
    const e = resolve(view, key, ctx.keyCase, emit);
    if (e === undefined) return;
    if (!checkType(rule.valueType, e.nvalue)) {
      emit({
        key: e.key,
        reason: "type-mismatch",
        actual: e.value,
        expected: rule.valueType,
        message: `value ${show(e.value)} of "${e.key}" is not a valid ${rule.valueType}`,
        readOnly: e.readOnly,
      });
      return;
    }
    if (min === undefined && max === undefined) return;
    const m = magnitude(rule.valueType, e.nvalue);
    if (m === undefined) return;
    if ((min !== undefined && m < min) || (max !== undefined && m > max))
      emit({
        key: e.key,
        reason: "out-of-range",
        actual: e.value,
        expected: `${rule.min ?? "-∞"}..${rule.max ?? "∞"}`,
        message: `value ${show(e.value)} of "${e.key}" is out of range`,
        readOnly: e.readOnly,
      });
  };
}
