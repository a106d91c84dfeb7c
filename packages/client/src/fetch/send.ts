import type { ConnectionError } from "../errors.js";
import { redactHeaders, redactUrl, type Logger } from "../log/redact.js";
import { applyAuth } from "./auth.js";
import { DEFAULT_BACKOFF, retryDelay, shouldRetryFailure, shouldRetryResponse, sleep, toConnectionError, type Backoff } from "./retry.js";
import { fetchWithTimeout } from "./timeout.js";

export interface SendConfig {
  fetch: (request: Request) => Promise<Response>;
  /** The full `Authorization` value; lives only in this closure. */
  authorization: string | undefined;
  timeout: number;
  maxRetries: number;
  logger?: Logger | undefined;
  backoff?: Backoff | undefined;
}

/** Per-call overrides; the caller's abort signal travels on the request itself. */
export interface SendOptions {
  timeout?: number | undefined;
  maxRetries?: number | undefined;
}

export type Send = (request: Request, options?: SendOptions) => Promise<Response>;

/**
 * The client's transport: auth, timeout, retries and logging around `config.fetch`. Every attempt
 * sends a fresh copy of `request`, so a body is never consumed twice. This is a plain fetch
 * (4xx/5xx resolve as responses after the retries) so it can also be handed to openapi-fetch.
 */
export function createSend(config: SendConfig): Send {
  const { fetch: fetchFn, authorization, logger } = config;
  const backoff = config.backoff ?? DEFAULT_BACKOFF;
  const prepareFirst = (attempt: Request) => {
    applyAuth(attempt, authorization);
    if (logger) logRequest(logger, attempt, 0);
  };

  return async function send(request: Request, options?: SendOptions): Promise<Response> {
    const timeout = options?.timeout ?? config.timeout;
    const maxRetries = options?.maxRetries ?? config.maxRetries;
    for (let retry = 0; ; retry++) {
      const started = logger ? performance.now() : 0;
      let response: Response | undefined;
      let failure: ConnectionError | undefined;
      try {
        response = await fetchWithTimeout(fetchFn, request, timeout, retry === 0 ? prepareFirst : (attempt) => {
          applyAuth(attempt, authorization);
          // Tells the server (and its logs) that this is a re-send, like X-Stainless-Retry-Count.
          attempt.headers.set("x-retry-count", String(retry));
          if (logger) logRequest(logger, attempt, retry);
        });
      } catch (error) {
        // The caller's own abort is final: never retried, rethrown as given.
        if (request.signal.aborted) throw request.signal.reason;
        failure = toConnectionError(error, request);
      }
      if (logger && response) logResponse(logger, request, response, performance.now() - started);

      const again =
        retry < maxRetries &&
        (response ? shouldRetryResponse(response, request.method) : shouldRetryFailure(failure!, request.method));
      if (!again) {
        if (response) return response;
        throw failure;
      }
      const delay = retryDelay(response?.headers, retry, backoff);
      // Free the connection of the answer we are discarding.
      response?.body?.cancel().catch(() => {});
      logger?.warn(
        `Retrying ${request.method} ${redactUrl(request.url)} in ${Math.round(delay)} ms (retry ${retry + 1} of ${maxRetries}): ${
          response ? `status ${response.status}` : failure!.message
        }`,
        { retry: retry + 1, maxRetries, delayMs: Math.round(delay), status: response?.status, code: failure?.code },
      );
      await sleep(delay, request.signal);
    }
  };
}

function logRequest(logger: Logger, attempt: Request, retry: number): void {
  const url = redactUrl(attempt.url);
  logger.debug(`→ ${attempt.method} ${url}`, { method: attempt.method, url, headers: redactHeaders(attempt.headers), retry });
}

function logResponse(logger: Logger, request: Request, response: Response, ms: number): void {
  const url = redactUrl(request.url);
  logger.debug(`← ${response.status} ${request.method} ${url} (${ms.toFixed(1)} ms)`, {
    status: response.status,
    requestId: response.headers.get("x-request-id") ?? undefined,
    durationMs: Math.round(ms * 10) / 10,
  });
}
