// Texts → effective policy in one call: parse each file, then layer them. Errors in any file: no policy.
import { compilePolicies, type CompileOptions, type CompileResult, type PolicyInput } from "./compile.js";
import type { PolicyDocument } from "./document.js";
import { parsePolicyText } from "./parse.js";

export interface PolicyText {
  text: string;
  source?: string;
}

export interface LoadResult extends CompileResult {
  documents: PolicyInput[];
}

export function loadPolicies(texts: PolicyText[], opts: CompileOptions = {}): LoadResult {
  const parsed = texts.map((t) => parsePolicyText(t.text, t.source));
  const diagnostics = parsed.flatMap((p) => p.diagnostics);
  const documents: PolicyInput[] = parsed
    .filter((p) => p.document !== undefined)
    .map((p) => ({ document: p.document!, lineOf: p.lineOf, ...(p.source !== undefined ? { source: p.source } : {}) }));
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics, documents };
  const compiled = compilePolicies(documents, opts);
  return { ...compiled, diagnostics: [...diagnostics, ...compiled.diagnostics], documents };
}

/** Convenience for code: documents (already objects) → policy, throwing on any error. */
export class InvalidPolicyError extends Error {
  readonly code = "METADATA_POLICY_INVALID";
  constructor(readonly diagnostics: CompileResult["diagnostics"]) {
    super(
      `invalid metadata policy:\n${diagnostics
        .filter((d) => d.severity === "error")
        .map((d) => `  ${d.source ? d.source + ":" + (d.line ?? "") + " " : ""}${d.code}: ${d.message}`)
        .join("\n")}`,
    );
    this.name = "InvalidPolicyError";
  }
}

export function policyFrom(input: string | PolicyDocument | Array<string | PolicyDocument>, opts: CompileOptions = {}) {
  const list = Array.isArray(input) ? input : [input];
  const result = loadPolicies(
    list.map((x, i) => ({ text: typeof x === "string" ? x : JSON.stringify(x), source: `policy[${i}]` })),
    opts,
  );
  if (!result.policy) throw new InvalidPolicyError(result.diagnostics);
  return result.policy;
}
