import type { RequiredRule } from "../document.js";
import { keyForms } from "../text.js";
import { isMissing, resolve, type Checker, type RuleContext } from "./common.js";

// `required`: each key present; "" counts as missing unless allowEmpty (values are never trimmed, so " " passes).
export function compileRequired(rule: RequiredRule, ctx: RuleContext): Checker {
  const allowEmpty = rule.allowEmpty === true;
  const keys = rule.keys.map(keyForms);
  return (view, emit) => {
    for (const key of keys) {
      const e = resolve(view, key, ctx.keyCase, emit);
      if (e === undefined) {
        if (isMissing(view, key, ctx.keyCase))
          emit({ key: key.nkey, reason: "missing", actual: null, expected: "present", message: `required key "${key.nkey}" is missing` });
      } else if (e.value === "" && !allowEmpty) {
        emit({ key: e.key, reason: "empty", actual: "", expected: "non-empty", message: `required key "${key.nkey}" is empty`, readOnly: e.readOnly });
      }
    }
  };
}
