// Layers that cannot be satisfied together (validate exits 2): empty allowed-value sets, required-and-forbidden.
// Only unconditional rules are compared, and only when their documents' scopes can overlap; anything narrower
// might never meet and is left to evaluation.
import type { RuleEntry } from "./compile/types.js";
import { keyMatcher } from "./rules/key-matcher.js";
import { fold, nfc } from "./text.js";

function scopesOverlap(a: RuleEntry["scope"], b: RuleEntry["scope"]): boolean {
  const disjoint = (x?: number[], y?: number[]) => x !== undefined && y !== undefined && !x.some((v) => y.includes(v));
  return !disjoint(a?.projectIds, b?.projectIds) && !disjoint(a?.regionIds, b?.regionIds);
}

export function checkUnsatisfiable(entries: RuleEntry[], report: (e: RuleEntry, message: string) => void): void {
  const plain = entries.filter((e) => !e.conditional && !e.input.document.spec.match);
  const keyOf = (e: RuleEntry, k: string) => (e.keyCase === "exact" ? nfc(k) : fold(k));
  const allowed = plain.filter((e) => e.doc.type === "allowedValues" && !e.doc.wildcards);
  for (const e of allowed) {
    if (e.doc.type !== "allowedValues") continue;
    const key = e.doc.key;
    const required = plain.find(
      (r) =>
        r.doc.type === "required" &&
        r.doc.keys.some((k) => keyOf(r, k) === keyOf(e, key)) &&
        scopesOverlap(r.scope, e.scope),
    );
    if (e.doc.values.length === 0 && required)
      report(e, `rule "${e.doc.id}" allows no value for "${e.doc.key}", which "${required.doc.id}" requires`);
    else if (e.doc.values.length === 0 && e.lineage.length > 1)
      report(e, `rule "${e.doc.id}" removes every allowed value of "${e.lineage[0]}"`);
  }
  for (let i = 0; i < allowed.length; i++)
    for (let j = i + 1; j < allowed.length; j++) {
      const a = allowed[i]!;
      const b = allowed[j]!;
      if (a.doc.type !== "allowedValues" || b.doc.type !== "allowedValues") continue;
      if (keyOf(a, a.doc.key) !== keyOf(b, b.doc.key) || !scopesOverlap(a.scope, b.scope)) continue;
      // A derived rule replaces its ancestor inside its scope; they never apply together.
      if (a.lineage.includes(b.doc.id) || b.lineage.includes(a.doc.id)) continue;
      const norm = (v: string) => (a.valueCase === "ignore" || b.valueCase === "ignore" ? fold(v) : nfc(v));
      const bs = new Set(b.doc.values.map(norm));
      if (!a.doc.values.some((v) => bs.has(norm(v))))
        report(b, `rules "${a.doc.id}" and "${b.doc.id}" allow no common value for "${b.doc.key}"`);
    }
  for (const r of plain) {
    if (r.doc.type !== "required") continue;
    for (const f of plain) {
      if (f.doc.type !== "forbidden" || !scopesOverlap(r.scope, f.scope)) continue;
      const m = keyMatcher(f.doc, f.keyCase);
      const clash = r.doc.keys.find((k) => m(nfc(k)));
      if (clash !== undefined) report(f, `key "${clash}" is required by "${r.doc.id}" and forbidden by "${f.doc.id}"`);
    }
  }
}
