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

/** Builds the JSON error response. */
export function errorResponse(error: ApiError, requestId: string): Response {
  const body: Record<string, unknown> = {
    exception_class: error.exceptionClass,
    message: error.message,
    request_id: requestId,
  };
  if (error.invalidFields) body.invalid_fields = error.invalidFields;
  return new Response(JSON.stringify(body), {
    status: error.status,
    headers: { "content-type": "application/json", "x-request-id": requestId, ...error.headers },
  });
}
