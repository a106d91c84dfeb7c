import { TimeoutError, type ConnectionError } from "../errors.js";
import { hideUserinfo, redactHeaders, redactUrl, type Logger } from "../log/redact.js";
import { DEFAULT_BACKOFF, retryDelay, shouldRetryFailure, shouldRetryResponse, sleep, toConnectionError, type Backoff } from "./retry.js";

/** Per-call overrides; the caller's abort signal travels on the request itself. */
export interface SendOptions {
  /** @unit milliseconds */
  timeout?: number | undefined;
  maxRetries?: number | undefined;
}

export type Send = (request: Request, options?: SendOptions) => Promise<Response>;

/**
 * A resource call without middleware, as the `(url, init)` of a fetch. The platform `Request`
 * constructor is the most expensive step of a call, and fetch builds one from `(url, init)`
 * anyway, so such a call never builds one itself. Header names are lower case.
 */
export interface Draft {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  signal: AbortSignal | undefined;
}

/**
 * The answers that came after a retry: an earlier attempt of the same call may have been processed
 * with its answer lost, so a 404 or 409 here can be the echo of the caller's own success.
 */
export const retried = new WeakSet<Response>();

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
  // The platform fetch takes `(input, init)` and builds its Request from them. A custom fetch takes
  // a Request only, and its answer is raced against the signal in case it ignores it (in-process
  // handlers). `fetch` is looked up per call, so a fetch patched in later is used.
  const transport: Transport = custom
    ? (input, init) =>
        new Promise<Response>((resolve, reject) => {
          init.signal!.addEventListener("abort", reject);
          custom(new Request(input, init)).then(resolve, reject);
        })
    : (input, init) => fetch(input, init);
  return async (request: Request | Draft, options) => {
    const timeout = options?.timeout ?? limits.timeout;
    const maxRetries = options?.maxRetries ?? limits.maxRetries;
    const { method, url } = request;
    const user = request.signal ?? undefined;
    const draft = !(request instanceof Request);
    // Drafts and openapi-fetch requests carry the header already (client base headers); others get it here.
    const addAuth = !draft && authorization !== undefined && !request.headers.has("authorization");
    for (let retry = 0; ; retry++) {
      // The caller's own abort is final: never retried, rethrown as given, nothing sent after it.
      if (user?.aborted) throw user.reason;
      // The headers of this attempt, when they differ from the request's. A retry says so, like
      // X-Stainless-Retry-Count, to the server and its logs.
      let headers: Headers | Record<string, string> | undefined;
      if (draft) headers = retry ? { ...request.headers, "x-retry-count": "" + retry } : request.headers;
      else if (addAuth || retry) {
        headers = new Headers(request.headers);
        if (addAuth) headers.set("authorization", authorization);
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
        // A body can be read once: each attempt of a Request with one sends a fresh clone.
        const input = draft ? url : request.body ? request.clone() : request;
        const init: RequestInit = draft ? { method, headers, body: request.body } : headers ? { headers } : {};
        response = await attempt(transport, input, init, timeout, user, request);
      } catch (error) {
        if (user?.aborted) throw user.reason;
        failure = toConnectionError(error, request);
      }
      if (logger && response) {
        const ms = Math.round((performance.now() - started) * 10) / 10;
        logger.debug(`← ${response.status} ${method} ${redactUrl(url)} (${ms} ms)`, {
          status: response.status,
          requestId: response.headers.get("x-request-id") ?? undefined,
          durationMs: ms,
        });
      }
      if (retry >= maxRetries || !(response ? shouldRetryResponse(response, method) : shouldRetryFailure(failure!, method))) {
        if (!response) throw failure;
        if (retry) retried.add(response);
        return response;
      }
      const delay = Math.round(retryDelay(response?.headers, retry, backoff));
      // Free the connection of the answer we discard.
      response?.body?.cancel().catch(() => {});
      logger?.warn(
        `Retrying ${method} ${redactUrl(url)} in ${delay} ms (retry ${retry + 1} of ${maxRetries}): ${
          response ? "status " + response.status : failure!.message
        }`,
        { retry: retry + 1, maxRetries, delayMs: delay, status: response?.status, code: failure?.code },
      );
      await sleep(delay, user);
    }
  };
}

type Transport = (input: Request | string, init: RequestInit) => Promise<Response>;

/**
 * One attempt, aborted after `ms` (until the response headers) or when the caller's signal
 * aborts. Rejects with `TimeoutError`, the caller's abort reason, or what the transport threw.
 */
async function attempt(
  transport: Transport,
  input: Request | string,
  init: RequestInit,
  ms: number,
  user: AbortSignal | undefined,
  request: { method: string; url: string },
): Promise<Response> {
  const controller = new AbortController();
  const signal = (init.signal = controller.signal);
  const onAbort = () => controller.abort(user!.reason);
  // Aborted without the caller's signal: that was the timer.
  const timer = ms < MAX_TIMER ? setTimeout(() => controller.abort(), ms) : undefined;
  user?.addEventListener("abort", onAbort);
  try {
    return await transport(input, init);
  } catch (error) {
    throw signal.aborted ? (user?.aborted ? user.reason : new TimeoutError(hideUserinfo(`Request timed out after ${ms} ms: ${request.method} ${request.url}`))) : error;
  } finally {
    clearTimeout(timer);
    user?.removeEventListener("abort", onAbort);
  }
}
