import type { ForbiddenRule } from "../document.js";
import type { Checker, RuleContext } from "./common.js";
import { keyMatcher } from "./key-matcher.js";
import { memoKey } from "./memo.js";

// `forbidden`: no key may match the listed keys, prefixes or patterns. Fixable by removal (never on read-only items).
export function compileForbidden(rule: ForbiddenRule, ctx: RuleContext): Checker {
  const matches = memoKey(keyMatcher(rule, ctx.keyCase));
  return (view, emit) => {
    for (const e of view.entries) {
      if (!matches(e) || view.isAmbiguous(e)) continue;
      emit({
        key: e.key,
        reason: "forbidden",
        actual: e.key,
        expected: "absent",
        message: `key "${e.key}" is forbidden`,
        readOnly: e.readOnly,
        fix: { op: "remove", key: e.key },
      });
    }
  };
}
