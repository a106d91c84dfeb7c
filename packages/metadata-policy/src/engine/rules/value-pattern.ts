import type { ValuePatternRule } from "../document.js";
import { compilePattern } from "../regex.js";
import type { Entry } from "../state.js";
import { keyForms } from "../text.js";
import { resolve, show, type Checker, type Emit, type RuleContext } from "./common.js";

// `valuePattern`: regex on the value of `key`, or of every key matching `keyPattern`. Full-match unless search.
export function compileValuePattern(rule: ValuePatternRule, ctx: RuleContext): Checker {
  const re = compilePattern(rule.pattern, rule.flags, rule.search);
  const keyRe = rule.keyPattern === undefined ? undefined : compilePattern(rule.keyPattern, rule.flags);
  const judge = (e: Entry, emit: Emit) => {
    if (e.nvalue.length > ctx.maxRegexInput) {
      emit({
        key: e.key,
        reason: "oversize",
        actual: `${e.nvalue.length} chars`,
        expected: `<= ${ctx.maxRegexInput}`,
        message: `value of "${e.key}" is too long to match safely`,
        readOnly: e.readOnly,
      });
      return;
    }
    if (!re.test(e.nvalue))
      emit({
        key: e.key,
        reason: "pattern-mismatch",
        actual: e.value,
        expected: rule.pattern,
        message: `value ${show(e.value)} of "${e.key}" does not match /${rule.pattern}/`,
        readOnly: e.readOnly,
      });
  };
  if (keyRe) {
    return (view, emit) => {
      for (const e of view.entries) if (!view.isAmbiguous(e) && keyRe.test(e.nkey)) judge(e, emit);
    };
  }
  const key = keyForms(rule.key!);
  return (view, emit) => {
    const e = resolve(view, key, ctx.keyCase, emit);
    if (e !== undefined) judge(e, emit);
  };
}
