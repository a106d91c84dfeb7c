// Policy regexes: ECMAScript with the `u` flag, full-match unless `search: true`, compiled once per policy load.

export interface CompiledPattern {
  source: string;
  test(input: string): boolean;
}

export class PatternError extends Error {}

// Inline flags like (?i) are not ECMAScript before ES2025 modifiers; we forbid them so behaviour is the same everywhere.
const INLINE_FLAGS = /\(\?[a-zA-Z-]+[:)]/;

/**
 * A cheap guard against catastrophic backtracking: a group that contains an unbounded quantifier and is itself
 * quantified without bound, e.g. (a+)+, (\w*)*, (a|aa)+ with inner +. Not a proof, a filter for the classic shapes.
 */
export function looksCatastrophic(pattern: string): boolean {
  const stack: boolean[] = [];
  let innerUnbounded = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "[") {
      // skip character class
      for (i++; i < pattern.length && pattern[i] !== "]"; i++) if (pattern[i] === "\\") i++;
      continue;
    }
    if (c === "(") {
      stack.push(innerUnbounded);
      innerUnbounded = false;
      continue;
    }
    const unbounded = (ch: string | undefined, at: number) =>
      ch === "*" || ch === "+" || (ch === "{" && /^\{\d+,\}/.test(pattern.slice(at)));
    if (c === ")") {
      const groupHadUnbounded = innerUnbounded;
      innerUnbounded = stack.pop() ?? false;
      if (groupHadUnbounded && unbounded(pattern[i + 1], i + 1)) return true;
      if (groupHadUnbounded) innerUnbounded = true;
      continue;
    }
    if (unbounded(c, i)) innerUnbounded = true;
  }
  return false;
}

export function compilePattern(pattern: string, flags = "", search = false): CompiledPattern {
  if (INLINE_FLAGS.test(pattern)) throw new PatternError(`inline flags are not allowed; use "flags": ${pattern}`);
  if (looksCatastrophic(pattern))
    throw new PatternError(`nested unbounded quantifiers (catastrophic backtracking): ${pattern}`);
  const f = flags.includes("u") || flags.includes("v") ? flags : flags + "u";
  const cleanFlags = f.replace(/[gy]/g, "");
  let re: RegExp;
  try {
    re = new RegExp(search ? pattern : `^(?:${pattern})$`, cleanFlags);
  } catch (e) {
    throw new PatternError((e as Error).message);
  }
  return { source: pattern, test: (input) => re.test(input) };
}
