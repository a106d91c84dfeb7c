import type { RequiredRule } from "../document.js";
import type { ImageView } from "../state.js";
import { keyForms, type KeyForms } from "../text.js";
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
          emit({
            key: key.nkey,
            reason: "missing",
            actual: null,
            expected: "present",
            message: `required key "${key.nkey}" is missing${variantsNote(view, key)}`,
          });
      } else if (e.value === "" && !allowEmpty) {
        emit({
          key: e.key,
          reason: "empty",
          actual: "",
          expected: "non-empty",
          message: `required key "${key.nkey}" is empty`,
          readOnly: e.readOnly,
        });
      }
    }
  };
}

/**
 * A key that is missing only because of its spelling (keyCase exact: other modes find the variant and report it
 * as key-case) is the commonest surprise: the message names the variants present (`"owner" is missing; "Owner" is present`).
 */
function variantsNote(view: ImageView, key: KeyForms): string {
  const variants = view.entries
    .filter((e) => e.fkey === key.fkey && e.nkey !== key.nkey)
    .map((e) => JSON.stringify(e.key));
  if (variants.length === 0) return "";
  return `; ${variants.join(", ")} ${variants.length === 1 ? "is" : "are"} present (keyCase: exact)`;
}
