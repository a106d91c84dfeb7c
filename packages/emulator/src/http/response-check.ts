// With `validateResponses` (the tests), every answer is checked against the spec before it
// leaves: a status the operation does not document, or a body that does not match, is a bug.
import type { loadResponseValidators } from "../generated/index.js";

export type ResponseValidators = Awaited<ReturnType<typeof loadResponseValidators>>;

/** Throws when (status, body) is not what the spec documents for the operation (or for an error
 * outside any operation, when `operationId` is undefined). */
export function checkResponse(
  v: ResponseValidators,
  operationId: string | undefined,
  status: number,
  body: unknown,
): void {
  if (operationId === undefined) {
    if (!v.errorBody(body))
      throw new Error(`error body does not match the spec: ${JSON.stringify(v.errorBody.errors)}`);
    return;
  }
  const byStatus = v.responses[operationId]!;
  if (!(String(status) in byStatus))
    throw new Error(`${operationId} answered ${status}, which the spec does not document`);
  const validate = byStatus[String(status)];
  if (validate === null) {
    if (body !== undefined) throw new Error(`${operationId} ${status} must have no body`);
    return;
  }
  if (!validate!(body)) {
    throw new Error(
      `${operationId} ${status} body does not match the spec: ${JSON.stringify(validate!.errors?.slice(0, 3))}`,
    );
  }
}
