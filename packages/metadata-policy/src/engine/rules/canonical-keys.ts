import type { CanonicalKeysRule } from "../document.js";
import { keyForms } from "../text.js";
import { resolve, type Checker, type RuleContext } from "./common.js";

// `canonicalKeys`: a key equal to a listed key after case folding must be spelled as listed (AWS `tag_key`).
export function compileCanonicalKeys(rule: CanonicalKeysRule, _ctx: RuleContext): Checker {
  const keys = rule.keys.map(keyForms);
  return (view, emit) => {
    for (const key of keys) resolve(view, key, "canonical", emit);
  };
}
