import { TimeoutError } from "../errors.js";

/** The transport under the client: a custom fetch, or the platform's (which takes a second argument). */
export interface Transport {
  fetch: (request: Request, init?: RequestInit) => Promise<Response>;
  /** True for globalThis.fetch: it honours `init` and aborts the socket itself. */
  native: boolean;
}

// setTimeout fires at once for delays above 2^31-1 ms; treat those (and Infinity) as "no timeout".
const MAX_TIMER = 2_147_483_647;

/**
 * One attempt of `request`, aborted after `timeoutMs` (until the response headers) or when the
 * caller's `request.signal` aborts. Rejects with `TimeoutError`, the caller's abort reason, or
 * what the transport threw. `headers`, when given, replace the request's (auth, retry count).
 *
 * The platform fetch gets `(request, {signal})`: it copies the request once anyway, so the hot
 * path builds no extra Request. A custom fetch takes one argument, so it gets a copy with the
 * signal, and its answer is raced against the signal in case it ignores it (in-process handlers).
 */
export function fetchWithTimeout(transport: Transport, request: Request, timeoutMs: number, headers?: Headers): Promise<Response> {
  const user = request.signal;
  if (user.aborted) return Promise.reject(user.reason);
  const controller = new AbortController();
  const signal = controller.signal;
  let timedOut = false;
  const timer =
    timeoutMs < MAX_TIMER
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs)
      : undefined;
  const onAbort = () => controller.abort(user.reason);
  user.addEventListener("abort", onAbort);
  const done = () => {
    clearTimeout(timer);
    user.removeEventListener("abort", onAbort);
  };
  const reason = (error: unknown) =>
    signal.aborted
      ? timedOut
        ? new TimeoutError(`Request timed out after ${timeoutMs} ms: ${request.method} ${request.url}`)
        : user.reason
      : error;

  let pending: Promise<Response>;
  if (transport.native) {
    pending = transport.fetch(request, headers ? { signal, headers } : { signal });
  } else {
    pending = new Promise<Response>((resolve, reject) => {
      signal.addEventListener("abort", reject);
      transport.fetch(new Request(request, headers ? { signal, headers } : { signal })).then(resolve, reject);
    });
  }
  return pending.then(
    (response) => {
      done();
      return response;
    },
    (error: unknown) => {
      done();
      throw reason(error);
    },
  );
}
