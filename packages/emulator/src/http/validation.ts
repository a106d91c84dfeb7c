// Request validation against the bundled spec with the standalone validators compiled at
// build time (src/generated/, see scripts/build-validators.mjs). This is where request data gets
// its type: each generated validator is declared as a type guard for its operation's generated
// parameter or body type, so what passes is typed without a cast.
import { bodies, params, type ValidationError, type Validator } from "../generated/index.js";
import { type ApiError, FieldErrors } from "./errors.js";
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

function describe(errors: ValidationError[], stripGroup: boolean): ApiError {
  const fields = new FieldErrors();
  for (const e of errors) {
    if (e.keyword === "if" || e.keyword === "oneOf" || e.keyword === "anyOf") continue;
    let text = e.message ?? e.keyword;
    if (e.keyword === "additionalProperties") text = "unknown field";
    if (e.keyword === "enum" && Array.isArray(e.params.allowedValues))
      text = `must be one of: ${e.params.allowedValues.join(", ")}`;
    fields.add(fieldOf(e, stripGroup), text, true);
  }
  if (fields.size === 0) fields.add("body", "is invalid");
  return fields.toError();
}

/** Validates and coerces (in place) the path and query parameters of an operation. */
export function validateParams<Id extends OperationId>(
  operationId: Id,
  input: { path: Record<string, string>; query: Record<string, string | string[]> },
): RequestParams<Id> {
  const validate = params[operationId];
  if (!validate(input)) throw describe(validate.errors ?? [], true);
  return input;
}

/** Validates the body of an operation; an operation without a body accepts only `undefined`. */
export function validateBody<Id extends OperationId>(operationId: Id, body: unknown): RequestBody<Id> {
  const validate = bodies[operationId];
  if (!validate(body)) throw describe(validate.errors ?? [], false);
  return body;
}

/**
 * ajv reports a bad key of a map as two errors: the key's own (`pattern` at the map's path) and a
 * `propertyNames` one naming the key ("property name must be valid"). One error on the key reads
 * better: `tags.a=b: key must match pattern …`.
 */
function foldPropertyNames(errors: ValidationError[]): ValidationError[] {
  const out: ValidationError[] = [];
  let pending: ValidationError[] = [];
  for (const e of errors) {
    if (e.keyword !== "propertyNames") {
      pending.push(e);
      continue;
    }
    for (const p of pending) {
      out.push(
        p.instancePath === e.instancePath
          ? {
              ...p,
              params: { ...p.params, propertyName: e.params.propertyName },
              message: `key ${p.message ?? p.keyword}`,
            }
          : p,
      );
    }
    pending = [];
  }
  const all = [...out, ...pending];
  // A nullable field's value (`string | null`, a merge patch's) that is a bad string: its "must be
  // null" (the other branch) says nothing more.
  return all.filter(
    (e) =>
      !(
        e.keyword === "type" &&
        e.params.type === "null" &&
        all.some((o) => o !== e && o.instancePath === e.instancePath && o.keyword !== "type")
      ),
  );
}

/** Validates and coerces (in place) parameters with a given validator (another generation's). */
export function checkParams<T>(
  validate: Validator<T>,
  input: { path: Record<string, string>; query: Record<string, string | string[]> },
): T {
  if (!validate(input)) throw describe(foldPropertyNames(validate.errors ?? []), true);
  return input;
}

/** Validates a body with a given validator (another generation's). */
export function checkBody<T>(validate: Validator<T>, body: unknown): T {
  if (!validate(body)) throw describe(foldPropertyNames(validate.errors ?? []), false);
  return body;
}
