import type { AllowedValuesRule } from "../document.js";
import { globToRegExp } from "../glob.js";
import { fold, keyForms, nfc } from "../text.js";
import { resolve, show, type Checker, type RuleContext } from "./common.js";

// `allowedValues`: only listed values pass ("" only if listed); an absent key is not a violation.
export function compileAllowedValues(rule: AllowedValuesRule, ctx: RuleContext): Checker {
  const ignore = ctx.valueCase === "ignore";
  const norm = (v: string) => (ignore ? fold(v) : nfc(v));
  const exact = new Set<string>();
  const globs: RegExp[] = [];
  for (const v of rule.values) {
    if (rule.wildcards && (v.includes("*") || v.includes("?"))) globs.push(globToRegExp(nfc(v), ignore));
    else exact.add(norm(v));
  }
  const expected = rule.values.join(", ");
  const key = keyForms(rule.key);
  return (view, emit) => {
    const e = resolve(view, key, ctx.keyCase, emit);
    if (e === undefined) return;
    const v = ignore ? fold(e.nvalue) : e.nvalue;
    if (exact.has(v) || globs.some((g) => g.test(e.nvalue))) return;
    emit({
      key: e.key,
      reason: "value-not-allowed",
      actual: e.value,
      expected,
      message: `value ${show(e.value)} of "${e.key}" is not one of: ${expected}`,
      readOnly: e.readOnly,
    });
  };
}
