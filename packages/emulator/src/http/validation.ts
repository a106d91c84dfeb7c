// Request validation against the bundled spec with the standalone validators compiled at
// build time (src/generated/, see scripts/build-validators.mjs). This is where request data gets
// its type: each generated validator is declared as a type guard for its operation's generated
// parameter or body type, so what passes is typed without a cast.
import { bodies, params, type ValidationError } from "../generated/index.js";
import { badRequest, type InvalidFields } from "./errors.js";
import type { OperationId, RequestBody, RequestParams } from "./operation.js";

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
export function validateParams<Id extends OperationId>(operationId: Id, input: { path: Record<string, string>; query: Record<string, string> }): RequestParams<Id> {
  const validate = params[operationId];
  if (!validate(input)) {
    const { message, fields } = describe(validate.errors ?? [], true);
    throw badRequest(message, fields);
  }
  return input;
}

/** Validates the body of an operation; an operation without a body accepts only `undefined`. */
export function validateBody<Id extends OperationId>(operationId: Id, body: unknown): RequestBody<Id> {
  const validate = bodies[operationId];
  if (!validate(body)) {
    const { message, fields } = describe(validate.errors ?? [], false);
    throw badRequest(message, fields);
  }
  return body;
}
