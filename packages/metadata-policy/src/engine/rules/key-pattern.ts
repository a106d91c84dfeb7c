import type { KeyPatternRule } from "../document.js";
import { compilePattern } from "../regex.js";
import { nfc } from "../text.js";
import type { Checker, RuleContext } from "./common.js";
import { memoKey } from "./memo.js";

// `keyPattern`: every key must match. Fixable only by an explicit `rename` mapping (no guessing).
export function compileKeyPattern(rule: KeyPatternRule, _ctx: RuleContext): Checker {
  const re = compilePattern(rule.pattern, rule.flags, rule.search);
  const ok = memoKey((k) => re.test(k));
  const rename = new Map(Object.entries(rule.rename ?? {}).map(([k, v]) => [nfc(k), nfc(v)]));
  return (view, emit) => {
    for (const e of view.entries) {
      if (ok(e) || view.isAmbiguous(e)) continue;
      const to = rename.get(e.nkey);
      emit({
        key: e.key,
        reason: "key-pattern",
        actual: e.key,
        expected: rule.pattern,
        message: `key "${e.key}" does not match /${rule.pattern}/`,
        readOnly: e.readOnly,
        ...(to !== undefined ? { fix: { op: "rename" as const, key: e.key, to } } : {}),
      });
    }
  };
}
