// Shared pieces of rule checkers.
import type { ImageView, Entry } from "../state.js";
import type { KeyForms } from "../text.js";
import type { Finding, KeyCase, ValueCase } from "../types.js";

export interface Hit {
  key: string | null;
  reason: string;
  actual: string | null;
  expected: string | null;
  message: string;
  readOnly?: boolean;
  fix?: Finding["fix"];
}

export type Emit = (hit: Hit) => void;
export type Checker = (view: ImageView, emit: Emit) => void;

export interface RuleContext {
  keyCase: KeyCase;
  valueCase: ValueCase;
  maxRegexInput: number;
}

/**
 * Finds `key` under the rule's key case. In canonical mode a wrong spelling is itself a finding of this rule
 * (reason `key-case`, fixable by renaming), as AWS tag policies report wrong-case keys.
 * Returns undefined when the key is absent or ambiguous (collisions are reported by the built-ins).
 */
export function resolve(view: ImageView, key: KeyForms, keyCase: KeyCase, emit: Emit): Entry | undefined {
  const e = view.find(key, keyCase);
  if (e === undefined || e === "ambiguous") return undefined;
  if (keyCase === "canonical" && e.nkey !== key.nkey) {
    const canonical = key.nkey;
    emit({
      key: e.key,
      reason: "key-case",
      actual: e.key,
      expected: canonical,
      message: `key "${e.key}" must be spelled "${canonical}"`,
      readOnly: e.readOnly,
      fix: { op: "rename", key: e.key, to: canonical },
    });
  }
  return e;
}

export const isMissing = (view: ImageView, key: KeyForms, keyCase: KeyCase) => view.find(key, keyCase) === undefined;

export function show(v: string, max = 80): string {
  return JSON.stringify(v.length > max ? v.slice(0, max) + "…" : v);
}
