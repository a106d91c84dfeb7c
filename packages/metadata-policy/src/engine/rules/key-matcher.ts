// Key matching by exact keys, prefixes and regexes, honouring the key case mode (used by forbidden and protected).
import { compilePattern } from "../regex.js";
import { fold, nfc } from "../text.js";
import type { KeyCase } from "../types.js";

export function keyMatcher(
  spec: { keys?: string[]; prefixes?: string[]; patterns?: string[]; flags?: string; search?: boolean },
  keyCase: KeyCase,
): (nkey: string) => boolean {
  const exact = keyCase === "exact";
  const norm = (k: string) => (exact ? nfc(k) : fold(k));
  const keys = new Set((spec.keys ?? []).map(norm));
  const prefixes = (spec.prefixes ?? []).map(norm);
  const flags = exact ? spec.flags : (spec.flags ?? "").includes("i") ? spec.flags : (spec.flags ?? "") + "i";
  const patterns = (spec.patterns ?? []).map((p) => compilePattern(p, flags, spec.search));
  return (nkey) => {
    const k = norm(nkey);
    return keys.has(k) || prefixes.some((p) => k.startsWith(p)) || patterns.some((p) => p.test(nkey));
  };
}
