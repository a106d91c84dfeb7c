// Request validation against the bundled spec with the standalone validators compiled at
// build time (src/generated/, see scripts/build-validators.mjs).
import { badRequest, type InvalidFields } from "./errors.js";
import { bodies, params, type ValidationError } from "./generated/index.js";

function fieldOf(error: ValidationError, stripGroup: boolean): string {
  const parts = error.instancePath.split("/").filter(Boolean);
  if (stripGroup) parts.shift(); // "/path/image_id" → "image_id"
  const extra = error.params.missingProperty ?? error.params.additionalProperty;
  if (typeof extra === "string") parts.push(extra);
  if (error.keyword === "propertyNames" || error.params.propertyName !== undefined) {
    const name = error.params.propertyName;
    if (typeof name === "string") parts.push(name);
  }
  return parts.length > 0 ? parts.join(".") : "body";
}

function describe(errors: ValidationError[], stripGroup: boolean): { message: string; fields: InvalidFields } {
  const fields: InvalidFields = {};
  for (const e of errors) {
    if (e.keyword === "if" || e.keyword === "oneOf" || e.keyword === "anyOf") continue;
    let text = e.message ?? e.keyword;
    if (e.keyword === "additionalProperties") text = "unknown field";
    if (e.keyword === "enum" && Array.isArray(e.params.allowedValues)) text = `must be one of: ${e.params.allowedValues.join(", ")}`;
    const field = fieldOf(e, stripGroup);
    const list = (fields[field] ??= []);
    if (!list.includes(text)) list.push(text);
  }
  if (Object.keys(fields).length === 0) fields.body = ["is invalid"];
  const message = `Validation failed: ${Object.entries(fields).map(([f, m]) => `${f}: ${m.join(", ")}`).join("; ")}`;
  return { message, fields };
}

/** Validates and coerces (in place) the path and query parameters of an operation. */
export function validateParams(operationId: string, path: Record<string, unknown>, query: Record<string, unknown>): void {
  const validate = params[operationId];
  if (!validate) throw new Error(`no parameter validator for ${operationId}`);
  if (!validate({ path, query })) {
    const { message, fields } = describe(validate.errors ?? [], true);
    throw badRequest(message, fields);
  }
}

export function validateBody(operationId: string, body: unknown): void {
  const validate = bodies[operationId];
  if (!validate) return;
  if (!validate(body)) {
    const { message, fields } = describe(validate.errors ?? [], false);
    throw badRequest(message, fields);
  }
}
