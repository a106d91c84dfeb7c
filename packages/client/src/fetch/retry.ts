import { ConnectionError, TimeoutError } from "../errors.js";
import { hideUserinfo } from "../log/redact.js";

/** Backoff bounds; tests shrink them through the client's internal `retryBackoff` option. */
export interface Backoff {
  /** First retry delay before jitter. @default 500 */
  initialMs: number;
  /** Cap before jitter. @default 8000 */
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 500, maxMs: 8_000 };

/**
 * Whether to send again after an answer. `x-should-retry` wins over everything. A POST (it
 * creates or changes something and is not idempotent) is re-sent only after a 429, which the
 * API answers before doing anything; the rest: 408, 409, 429 and 5xx.
 */
export function shouldRetryResponse(response: Response, method: string): boolean {
  const header = response.headers.get("x-should-retry");
  if (header === "true" || header === "false") return header === "true";
  const s = response.status;
  return s === 429 || (method !== "POST" && (s === 408 || s === 409 || s >= 500));
}

/**
 * Whether to send again after a failure without an answer. A timeout or a reset may come after
 * the server processed the request, so a POST is re-sent only when the connection was refused
 * (nothing was sent).
 */
export function shouldRetryFailure(error: ConnectionError, method: string): boolean {
  return method !== "POST" || (!(error instanceof TimeoutError) && error.code === "ECONNREFUSED");
}

/**
 * Delay before retry number `retry` (0 = first): the server's `retry-after-ms` or `Retry-After`
 * (seconds or an HTTP date) when 0 ≤ delay ≤ 60 s (the Stainless guard), else
 * min(initial·2ⁿ, max) × (1 − U[0, 0.25)).
 */
export function retryDelay(headers: Headers | undefined, retry: number, backoff: Backoff = DEFAULT_BACKOFF): number {
  const ms = headers?.get("retry-after-ms");
  const after = headers?.get("retry-after");
  const seconds = Number(after);
  // Absent or unparsable gives NaN, which fails both comparisons.
  const server = ms
    ? Number(ms)
    : !after
      ? NaN
      : !Number.isNaN(seconds)
        ? seconds * 1000
        : Date.parse(after) - Date.now();
  return server >= 0 && server <= 60_000
    ? server
    : Math.min(backoff.initialMs * 2 ** retry, backoff.maxMs) * (1 - Math.random() * 0.25);
}

/** A thrown fetch failure as a `ConnectionError`, with the system error code when there is one. */
export function toConnectionError(error: unknown, request: { method: string; url: string }): ConnectionError {
  if (error instanceof ConnectionError) return error;
  // undici says only "fetch failed"; the useful text ("connect ECONNREFUSED 127.0.0.1:8080",
  // "other side closed") and the code are on the causes, or on the first of an AggregateError's
  // errors (one per address tried).
  let root = error as { message?: string; code?: unknown; cause?: unknown; errors?: unknown[] } | undefined;
  let code: string | undefined;
  for (let i = 0; i < 5 && root; i++) {
    if (typeof root.code === "string") code ??= root.code;
    const next = root.cause ?? root.errors?.[0];
    if (!next || typeof next !== "object") break;
    root = next as typeof root;
  }
  const reason = String(root?.message || error).replace(/\s+/g, " ");
  // The message quotes URLs (ours and the one undici may cite): never with a password in them.
  return new ConnectionError(
    hideUserinfo(`Connection error: ${request.method} ${request.url} failed: ${reason}`),
    error,
    code,
  );
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
  });
}
