/**
 * `globalThis.Request`, looked up only when a Request is built or tested. openapi-fetch reads its
 * `Request` option at construction, and in Node the first touch of the global loads the bundled
 * undici (25 ms and more); a client whose calls never build a Request (no middleware, a plain
 * transport: the CLI's local profile) then never pays for it. `new LazyRequest(…)` returns a
 * real Request, and `instanceof LazyRequest` is `instanceof Request`, as openapi-fetch checks
 * what a middleware returns.
 */
export const LazyRequest = function Request(input: RequestInfo | URL, init?: RequestInit): Request {
  return new globalThis.Request(input, init);
} as unknown as typeof Request;

Object.defineProperty(LazyRequest, Symbol.hasInstance, {
  value: (value: unknown) => value instanceof globalThis.Request,
});
