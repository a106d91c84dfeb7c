// Policy text → document: YAML or JSON (YAML 1.2 is a JSON superset), then structural validation with Ajv (2020-12).
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import { LineCounter, parseDocument, isNode } from "yaml";
import type { PolicyDocument } from "./document.js";
import { MAX_POLICY_ALIASES, MAX_POLICY_BYTES, tooLargeMessage, utf8Length } from "./limits-input.js";
import { policySchema } from "./schema.js";
import type { Diagnostic } from "./types.js";

let validator: ValidateFunction | undefined;

/** Compiled once per process (Ajv compilation is the expensive part). */
export function schemaValidator(): ValidateFunction {
  validator ??= new Ajv2020({ allErrors: true, strict: false }).compile(policySchema);
  return validator;
}

export interface ParsedPolicy {
  document?: PolicyDocument;
  diagnostics: Diagnostic[];
  source?: string;
  /** JSON pointer → 1-based line, for diagnostics and SARIF physical locations. */
  lineOf(pointer: string): number | undefined;
}

function pointerToPath(pointer: string): string[] {
  return pointer === ""
    ? []
    : pointer
        .slice(1)
        .split("/")
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function describe(e: ErrorObject): string {
  switch (e.keyword) {
    case "additionalProperties":
      return `unknown property "${(e.params as { additionalProperty: string }).additionalProperty}"`;
    case "required":
      return `missing property "${(e.params as { missingProperty: string }).missingProperty}"`;
    case "enum":
      return `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`;
    default:
      return e.message ?? e.keyword;
  }
}

function refused(code: string, message: string, source: string | undefined, line?: number): ParsedPolicy {
  const at = { ...(source !== undefined ? { source } : {}), ...(line !== undefined ? { line } : {}) };
  return {
    ...(source !== undefined ? { source } : {}),
    lineOf: () => undefined,
    diagnostics: [{ code, severity: "error", message, ...at }],
  };
}

export function parsePolicyText(text: string, source?: string): ParsedPolicy {
  // Checked before parsing: the parser's time grows with the text (a cheap bound first, the exact count near it).
  if (text.length > MAX_POLICY_BYTES || (text.length * 3 > MAX_POLICY_BYTES && utf8Length(text) > MAX_POLICY_BYTES))
    return refused("policy/too-large", tooLargeMessage(utf8Length(text)), source);
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (pointer: string): number | undefined => {
    const node = doc.getIn(pointerToPath(pointer), true);
    const range = isNode(node) ? node.range : undefined;
    return range ? counter.linePos(range[0]).line : undefined;
  };
  const base = { ...(source !== undefined ? { source } : {}), lineOf };
  if (doc.errors.length > 0) {
    return {
      ...base,
      diagnostics: doc.errors.map((e) => ({
        code: "policy/syntax",
        severity: "error" as const,
        message: e.message.split("\n")[0]!,
        ...(source !== undefined ? { source } : {}),
        line: counter.linePos(e.pos[0]).line,
      })),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_POLICY_ALIASES });
  } catch (e) {
    // The yaml package refuses excessive alias expansion with a ReferenceError; anything else is a bug, not input.
    if (!(e instanceof ReferenceError)) throw e;
    if (!e.message.startsWith("Excessive alias")) return refused("policy/syntax", e.message, source);
    return refused(
      "policy/aliases",
      `too many YAML alias expansions (more than ${MAX_POLICY_ALIASES}): anchors nested to expand exponentially are refused`,
      source,
    );
  }
  const validate = schemaValidator();
  if (!validate(value)) {
    // `if` failures only say which branch was taken; the branch's own errors carry the information.
    const errors = (validate.errors ?? []).filter((e) => e.keyword !== "if");
    const seen = new Set<string>();
    const diagnostics: Diagnostic[] = [];
    for (const e of errors) {
      const message = `${e.instancePath || "/"}: ${describe(e)}`;
      if (seen.has(message)) continue;
      seen.add(message);
      const line = lineOf(e.instancePath);
      diagnostics.push({
        code: "policy/schema",
        severity: "error",
        message,
        path: e.instancePath,
        ...(source !== undefined ? { source } : {}),
        ...(line !== undefined ? { line } : {}),
      });
    }
    return { ...base, diagnostics };
  }
  return { ...base, document: value as PolicyDocument, diagnostics: [] };
}
