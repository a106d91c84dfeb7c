import type { LengthRule } from "../document.js";
import { valueLength, type Entry } from "../state.js";
import { keyForms } from "../text.js";
import { resolve, type Checker, type Emit, type RuleContext } from "./common.js";

// `length`: value length in code points after NFC, for `key` or every key (`*`). Empty values are length 0.
export function compileLength(rule: LengthRule, ctx: RuleContext): Checker {
  const judge = (e: Entry, emit: Emit) => {
    const n = valueLength(e);
    const expected = `${rule.min ?? 0}..${rule.max ?? "∞"} code points`;
    if (rule.min !== undefined && n < rule.min)
      emit({
        key: e.key,
        reason: "too-short",
        actual: String(n),
        expected,
        message: `value of "${e.key}" has ${n} code points, fewer than ${rule.min}`,
        readOnly: e.readOnly,
      });
    else if (rule.max !== undefined && n > rule.max)
      emit({
        key: e.key,
        reason: "too-long",
        actual: String(n),
        expected,
        message: `value of "${e.key}" has ${n} code points, more than ${rule.max}`,
        readOnly: e.readOnly,
      });
  };
  if (rule.key === "*")
    return (view, emit) => {
      for (const e of view.entries) if (!view.isAmbiguous(e)) judge(e, emit);
    };
  const key = keyForms(rule.key);
  return (view, emit) => {
    const e = resolve(view, key, ctx.keyCase, emit);
    if (e !== undefined) judge(e, emit);
  };
}
