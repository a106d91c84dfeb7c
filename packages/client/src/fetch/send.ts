import type { ConnectionError } from "../errors.js";
import { redactHeaders, redactUrl, type Logger } from "../log/redact.js";
import { DEFAULT_BACKOFF, retryDelay, shouldRetryFailure, shouldRetryResponse, sleep, toConnectionError, type Backoff } from "./retry.js";
import { fetchWithTimeout, type Transport } from "./timeout.js";

export interface SendConfig {
  transport: Transport;
  /** The full `Authorization` value, for requests that come without one; lives only in this closure. */
  authorization: string | undefined;
  timeout: number;
  maxRetries: number;
  logger?: Logger | undefined;
  backoff?: Backoff | undefined;
}

/** Per-call overrides; the caller's abort signal travels on the request itself. */
export interface SendOptions {
  /** @unit milliseconds */
  timeout?: number | undefined;
  maxRetries?: number | undefined;
}

export type Send = (request: Request, options?: SendOptions) => Promise<Response>;

/**
 * The client's transport: auth, timeout, retries and logging around the fetch. Each attempt sends
 * a fresh clone of a request with a body (a body can be read once); a body-less request is
 * immutable and is handed over as is. 4xx/5xx resolve as responses (after the retries), so this
 * is a plain fetch that openapi-fetch, or a middleware, can use.
 */
export function createSend(config: SendConfig): Send {
  const { transport, authorization, logger } = config;
  const backoff = config.backoff ?? DEFAULT_BACKOFF;

  return async function send(request, options) {
    const timeout = options?.timeout ?? config.timeout;
    const maxRetries = options?.maxRetries ?? config.maxRetries;
    // openapi-fetch requests carry the header already (client base headers); others get it here.
    const addAuth = authorization !== undefined && !request.headers.has("authorization");
    for (let retry = 0; ; retry++) {
      // The caller's own abort is final: never retried, rethrown as given, nothing sent after it.
      if (request.signal.aborted) throw request.signal.reason;
      let headers: Headers | undefined;
      if (addAuth || retry) {
        headers = new Headers(request.headers);
        if (addAuth) headers.set("authorization", authorization);
        // Tells the server (and its logs) that this is a re-send, like X-Stainless-Retry-Count.
        if (retry) headers.set("x-retry-count", String(retry));
      }
      const started = logger ? log(logger, request, headers ?? request.headers, retry) : 0;
      let response: Response | undefined;
      let failure: ConnectionError | undefined;
      try {
        response = await fetchWithTimeout(transport, request.body ? request.clone() : request, timeout, headers);
      } catch (error) {
        if (request.signal.aborted) throw request.signal.reason;
        failure = toConnectionError(error, request);
      }
      if (logger && response) {
        const ms = Math.round((performance.now() - started) * 10) / 10;
        logger.debug(`← ${response.status} ${request.method} ${redactUrl(request.url)} (${ms} ms)`, {
          status: response.status,
          requestId: response.headers.get("x-request-id") ?? undefined,
          durationMs: ms,
        });
      }
      if (
        retry >= maxRetries ||
        !(response ? shouldRetryResponse(response, request.method) : shouldRetryFailure(failure!, request.method))
      ) {
        if (response) return response;
        throw failure;
      }
      const delay = Math.round(retryDelay(response?.headers, retry, backoff));
      // Free the connection of the answer we discard.
      response?.body?.cancel().catch(() => {});
      logger?.warn(
        `Retrying ${request.method} ${redactUrl(request.url)} in ${delay} ms (retry ${retry + 1} of ${maxRetries}): ${
          response ? `status ${response.status}` : failure!.message
        }`,
        { retry: retry + 1, maxRetries, delayMs: delay, status: response?.status, code: failure?.code },
      );
      await sleep(delay, request.signal);
    }
  };
}

function log(logger: Logger, request: Request, headers: Headers, retry: number): number {
  const url = redactUrl(request.url);
  logger.debug(`→ ${request.method} ${url}`, { method: request.method, url, headers: redactHeaders(headers), retry });
  return performance.now();
}
