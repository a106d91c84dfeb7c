// Selectors: all fields must match (AND), lists inside a field are alternatives (OR).
import type { MetadataCondition, SelectorDoc } from "./document.js";
import { globToRegExp } from "./glob.js";
import { compilePattern, type CompiledPattern } from "./regex.js";
import type { ImageView } from "./state.js";

export type Predicate = (image: ImageView) => boolean;

const always: Predicate = () => true;

function condition(key: string, c: MetadataCondition): Predicate {
  const pattern: CompiledPattern | undefined =
    c.pattern === undefined ? undefined : compilePattern(c.pattern, c.flags, c.search);
  const inSet = c.in ? new Set(c.in.map((v) => v.normalize("NFC"))) : undefined;
  const notIn = c.notIn ? new Set(c.notIn.map((v) => v.normalize("NFC"))) : undefined;
  return (image) => {
    const entry = image.lookup(key);
    if (c.exists !== undefined && (entry !== undefined) !== c.exists) return false;
    if (entry === undefined)
      return c.exists === false || (inSet === undefined && pattern === undefined && notIn !== undefined);
    const v = entry.nvalue;
    if (inSet && !inSet.has(v)) return false;
    if (notIn?.has(v)) return false;
    if (pattern && !pattern.test(v)) return false;
    return true;
  };
}

/** Compiles a selector; throws PatternError for bad regexes (caught by validation). */
export function compileSelector(sel: SelectorDoc | undefined): Predicate | undefined {
  if (!sel) return undefined;
  const parts: Predicate[] = [];
  if (sel.visibility) {
    const s = new Set(sel.visibility);
    parts.push((i) => i.image.visibility !== undefined && s.has(i.image.visibility));
  }
  if (sel.projectIds) {
    const s = new Set(sel.projectIds);
    parts.push((i) => i.image.projectId !== undefined && s.has(i.image.projectId));
  }
  if (sel.regionIds) {
    const s = new Set(sel.regionIds);
    parts.push((i) => i.image.regionId !== undefined && s.has(i.image.regionId));
  }
  if (sel.imageIds) {
    const s = new Set(sel.imageIds.map((x) => x.toLowerCase()));
    parts.push((i) => i.image.id !== undefined && s.has(i.image.id.toLowerCase()));
  }
  if (sel.imageNames) {
    const res = sel.imageNames.map((g) => globToRegExp(g));
    parts.push((i) => i.image.name !== undefined && res.some((r) => r.test(i.image.name!)));
  }
  if (sel.osType) parts.push(condition("os_type", { in: sel.osType }));
  for (const [key, c] of Object.entries(sel.metadata ?? {})) parts.push(condition(key, c));
  // An empty selector constrains nothing: `match: {}` matches all, `exclude: {}` excludes none.
  if (parts.length === 0) return undefined;
  if (parts.length === 1) return parts[0]!;
  return (i) => parts.every((p) => p(i));
}

/** match AND NOT exclude, for a chain of (match, exclude) pairs (policy level, rule level, conditional `if`). */
export function combine(preds: Array<Predicate | undefined>, excludes: Array<Predicate | undefined>): Predicate {
  const m = preds.filter((p): p is Predicate => p !== undefined && p !== always);
  const x = excludes.filter((p): p is Predicate => p !== undefined);
  if (m.length === 0 && x.length === 0) return always;
  return (i) => m.every((p) => p(i)) && !x.some((p) => p(i));
}
