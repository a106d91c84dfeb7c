import type { DefaultRule } from "../document.js";
import { keyForms, nfc } from "../text.js";
import { resolve, show, type Checker, type RuleContext } from "./common.js";

// `default`: turns into fix operations (add if missing, add or replace, remove, rename to canonical spelling).
export function compileDefault(rule: DefaultRule, ctx: RuleContext): Checker {
  const op = rule.operation ?? "addIfMissing";
  const forms = keyForms(rule.key);
  const key = forms.nkey;
  const value = rule.value === undefined ? undefined : nfc(rule.value);
  return (view, emit) => {
    if (op === "renameToCanonical") {
      resolve(view, forms, "canonical", emit);
      return;
    }
    const r = view.find(forms, ctx.keyCase);
    if (r === "ambiguous") return;
    const e = resolve(view, forms, ctx.keyCase, emit);
    if (op === "remove") {
      if (e)
        emit({
          key: e.key,
          reason: "default-remove",
          actual: e.value,
          expected: "absent",
          message: `key "${e.key}" should be removed`,
          readOnly: e.readOnly,
          fix: { op: "remove", key: e.key },
        });
      return;
    }
    if (value === undefined) return;
    if (e === undefined) {
      emit({
        key,
        reason: "default-missing",
        actual: null,
        expected: value,
        message: `key "${key}" is missing; default is ${show(value)}`,
        fix: { op: "add", key, value },
      });
    } else if (op === "addOrReplace" && e.nvalue !== value) {
      emit({
        key: e.key,
        reason: "default-differs",
        actual: e.value,
        expected: value,
        message: `value ${show(e.value)} of "${e.key}" should be ${show(value)}`,
        readOnly: e.readOnly,
        fix: { op: "replace", key: e.key, value },
      });
    }
  };
}
