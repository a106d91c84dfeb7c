/**
 * The `Authorization` value for a key: `APIKey <key>` (the Gcore scheme), unless the caller
 * already passed a full value (`APIKey ...` / `Bearer ...`). The client keeps it in closures
 * (openapi-fetch's base headers and the send wrapper), never on an object it exposes, so the
 * key cannot leak through `util.inspect`, `toString` or JSON.
 */
export function authorizationValue(apiKey: string | undefined): string | undefined {
  if (!apiKey) return undefined;
  return /^(apikey|bearer) /i.test(apiKey) ? apiKey : `APIKey ${apiKey}`;
}
