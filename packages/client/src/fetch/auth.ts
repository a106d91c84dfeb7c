/**
 * The `Authorization` value for a key: `APIKey <key>` (the Gcore scheme), unless the caller
 * already passed a full value (`APIKey ...` / `Bearer ...`). Kept in a closure by the caller,
 * never on an object, so the key cannot leak through `util.inspect` or JSON.
 */
export function authorizationValue(apiKey: string | undefined): string | undefined {
  if (!apiKey) return undefined;
  return /^(apikey|bearer) /i.test(apiKey) ? apiKey : `APIKey ${apiKey}`;
}

/** Sets the header unless the request brings its own (a per-call override wins). */
export function applyAuth(request: Request, authorization: string | undefined): void {
  if (authorization && !request.headers.has("authorization")) request.headers.set("authorization", authorization);
}
