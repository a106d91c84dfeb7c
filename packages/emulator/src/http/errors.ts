// One error type for every non-2xx answer, so that every handler produces the same body:
// {exception_class, message, request_id, invalid_fields?}.
export type InvalidFields = Record<string, string[]>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly exceptionClass: string,
    message: string,
    readonly invalidFields?: InvalidFields,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (message: string) => new ApiError(404, "NotFoundError", message);
export const forbidden = (message: string) => new ApiError(403, "ForbiddenError", message);
export const conflict = (message: string) => new ApiError(409, "ConflictError", message);
export const badRequest = (message: string, invalidFields?: InvalidFields) =>
  new ApiError(400, "ValidationError", message, invalidFields);

/**
 * Messages by field, for a ValidationError. Kept in a Map, not in a plain object used as a map:
 * a field named `__proto__`, `constructor` or `toString` is a field like any other (on a plain
 * object `fields[name] ??= []` finds Object.prototype's member instead and the request got a 500).
 */
export class FieldErrors {
  private readonly byField = new Map<string, string[]>();

  get size(): number {
    return this.byField.size;
  }

  /** Adds a message to a field; `once` skips a message the field already has. */
  add(field: string, text: string, once = false): void {
    const list = this.byField.get(field);
    if (!list) this.byField.set(field, [text]);
    else if (!once || !list.includes(text)) list.push(text);
  }

  /** The 400 with `invalid_fields` (own properties, whatever their names) and the usual message. */
  toError(): ApiError {
    const fields: InvalidFields = Object.fromEntries(this.byField);
    return badRequest(
      `Validation failed: ${Object.entries(fields)
        .map(([f, m]) => `${f}: ${m.join(", ")}`)
        .join("; ")}`,
      fields,
    );
  }
}

/** The JSON error answer as status, headers and text: what `errorResponse` sends. */
export function errorReply(
  error: ApiError,
  requestId: string,
  extraHeaders?: Record<string, string>,
): { status: number; headers: Record<string, string>; text: string } {
  const body: Record<string, unknown> = {
    exception_class: error.exceptionClass,
    message: error.message,
    request_id: requestId,
  };
  if (error.invalidFields) body.invalid_fields = error.invalidFields;
  return {
    status: error.status,
    headers: { "content-type": "application/json", "x-request-id": requestId, ...extraHeaders, ...error.headers },
    text: JSON.stringify(body),
  };
}

/** Builds the JSON error response. */
export function errorResponse(error: ApiError, requestId: string, extraHeaders?: Record<string, string>): Response {
  const { status, headers, text } = errorReply(error, requestId, extraHeaders);
  return new Response(text, { status, headers });
}
