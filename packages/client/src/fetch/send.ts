import { TimeoutError, type ConnectionError } from "../errors.js";
import { redactHeaders, redactUrl, type Logger } from "../log/redact.js";
import { DEFAULT_BACKOFF, retryDelay, shouldRetryFailure, shouldRetryResponse, sleep, toConnectionError, type Backoff } from "./retry.js";

/** Per-call overrides; the caller's abort signal travels on the request itself. */
export interface SendOptions {
  /** @unit milliseconds */
  timeout?: number | undefined;
  maxRetries?: number | undefined;
}

export type Send = (request: Request, options?: SendOptions) => Promise<Response>;

// setTimeout fires at once for delays above 2^31-1 ms; treat those (and Infinity) as "no timeout".
const MAX_TIMER = 2_147_483_647;

/**
 * The client's transport: auth, timeout, retries and logging around the fetch. Each attempt sends
 * a fresh clone of a request with a body (a body can be read once); a body-less request is
 * immutable and is handed over as is. 4xx/5xx resolve as responses (after the retries), so this
 * is a plain fetch that openapi-fetch, or a middleware, can use.
 */
export function createSend(
  /** A custom fetch (takes a Request only), or undefined for the platform's (takes `init` too). */
  custom: ((request: Request) => Promise<Response>) | undefined,
  /** The full `Authorization` value, for requests that come without one; lives only in this closure. */
  authorization: string | undefined,
  /** The client's defaults (ms, count). */
  limits: { timeout: number; maxRetries: number },
  logger?: Logger,
  backoff: Backoff = DEFAULT_BACKOFF,
): Send {
  return async (request, options) => {
    const timeout = options?.timeout ?? limits.timeout;
    const maxRetries = options?.maxRetries ?? limits.maxRetries;
    const { method, signal } = request;
    // openapi-fetch requests carry the header already (client base headers); others get it here.
    const addAuth = authorization !== undefined && !request.headers.has("authorization");
    for (let retry = 0; ; retry++) {
      // The caller's own abort is final: never retried, rethrown as given, nothing sent after it.
      if (signal.aborted) throw signal.reason;
      let headers: Headers | undefined;
      if (addAuth || retry) {
        headers = new Headers(request.headers);
        if (addAuth) headers.set("authorization", authorization);
        // Tells the server (and its logs) that this is a re-send, like X-Stainless-Retry-Count.
        if (retry) headers.set("x-retry-count", "" + retry);
      }
      let started = 0;
      if (logger) {
        const url = redactUrl(request.url);
        logger.debug(`→ ${method} ${url}`, { method, url, headers: redactHeaders(headers ?? request.headers), retry });
        started = performance.now();
      }
      let response: Response | undefined;
      let failure: ConnectionError | undefined;
      try {
        response = await attempt(custom, request.body ? request.clone() : request, timeout, headers);
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        failure = toConnectionError(error, request);
      }
      if (logger && response) {
        const ms = Math.round((performance.now() - started) * 10) / 10;
        logger.debug(`← ${response.status} ${method} ${redactUrl(request.url)} (${ms} ms)`, {
          status: response.status,
          requestId: response.headers.get("x-request-id") ?? undefined,
          durationMs: ms,
        });
      }
      if (retry >= maxRetries || !(response ? shouldRetryResponse(response, method) : shouldRetryFailure(failure!, method))) {
        if (response) return response;
        throw failure;
      }
      const delay = Math.round(retryDelay(response?.headers, retry, backoff));
      // Free the connection of the answer we discard.
      response?.body?.cancel().catch(() => {});
      logger?.warn(
        `Retrying ${method} ${redactUrl(request.url)} in ${delay} ms (retry ${retry + 1} of ${maxRetries}): ${
          response ? "status " + response.status : failure!.message
        }`,
        { retry: retry + 1, maxRetries, delayMs: delay, status: response?.status, code: failure?.code },
      );
      await sleep(delay, signal);
    }
  };
}

/**
 * One attempt of `request`, aborted after `ms` (until the response headers) or when the caller's
 * `request.signal` aborts. Rejects with `TimeoutError`, the caller's abort reason, or what the
 * transport threw. `headers`, when given, replace the request's (auth, retry count).
 *
 * The platform fetch gets `(request, {signal})`: it copies the request once anyway, so the hot
 * path builds no extra Request. A custom fetch takes one argument, so it gets a copy with the
 * signal, and its answer is raced against the signal in case it ignores it (in-process handlers).
 */
async function attempt(custom: ((request: Request) => Promise<Response>) | undefined, request: Request, ms: number, headers: Headers | undefined): Promise<Response> {
  const user = request.signal;
  const controller = new AbortController();
  const signal = controller.signal;
  const onAbort = () => controller.abort(user.reason);
  // Aborted without the caller's signal: that was the timer.
  const timer = ms < MAX_TIMER ? setTimeout(() => controller.abort(), ms) : undefined;
  user.addEventListener("abort", onAbort);
  const init: RequestInit = headers ? { signal, headers } : { signal };
  try {
    return await (custom
      ? new Promise<Response>((resolve, reject) => {
          signal.addEventListener("abort", reject);
          custom(new Request(request, init)).then(resolve, reject);
        })
      : fetch(request, init));
  } catch (error) {
    throw signal.aborted ? (user.aborted ? user.reason : new TimeoutError(`Request timed out after ${ms} ms: ${request.method} ${request.url}`)) : error;
  } finally {
    clearTimeout(timer);
    user.removeEventListener("abort", onAbort);
  }
}
