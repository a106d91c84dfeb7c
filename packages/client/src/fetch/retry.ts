import { ConnectionError, TimeoutError } from "../errors.js";

/** Backoff bounds; tests shrink them through the client's internal `retryBackoff` option. */
export interface Backoff {
  /** First retry delay before jitter. @default 500 */
  initialMs: number;
  /** Cap before jitter. @default 8000 */
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 500, maxMs: 8_000 };

// The server may steer the delay, but a value above this is ignored (the Stainless guard).
const MAX_SERVER_DELAY_MS = 60_000;

/**
 * Whether to send again after an answer. `x-should-retry` wins over everything. A POST (it
 * creates or changes something and is not idempotent) is re-sent only after a 429, which the
 * API answers before doing anything; the rest: 408, 409, 429 and 5xx.
 */
export function shouldRetryResponse(response: Response, method: string): boolean {
  const header = response.headers.get("x-should-retry");
  if (header === "true") return true;
  if (header === "false") return false;
  const s = response.status;
  if (s === 429) return true;
  if (method === "POST") return false;
  return s === 408 || s === 409 || s >= 500;
}

/**
 * Whether to send again after a failure without an answer. A timeout or a reset may come after
 * the server processed the request, so a POST is re-sent only when the connection was refused
 * (nothing was sent).
 */
export function shouldRetryFailure(error: ConnectionError, method: string): boolean {
  if (method !== "POST") return true;
  return !(error instanceof TimeoutError) && error.code === "ECONNREFUSED";
}

/**
 * Delay before retry number `retry` (0 = first): the server's `retry-after-ms` or `Retry-After`
 * (seconds or an HTTP date) when 0 ≤ delay ≤ 60 s, else min(initial·2ⁿ, max) × (1 − U[0, 0.25)).
 */
export function retryDelay(headers: Headers | undefined, retry: number, backoff: Backoff = DEFAULT_BACKOFF): number {
  const server = headers && serverDelay(headers);
  if (server !== undefined && server >= 0 && server <= MAX_SERVER_DELAY_MS) return server;
  const base = Math.min(backoff.initialMs * 2 ** retry, backoff.maxMs);
  return base * (1 - Math.random() * 0.25);
}

function serverDelay(headers: Headers): number | undefined {
  const ms = headers.get("retry-after-ms");
  if (ms !== null && ms.trim() !== "" && Number.isFinite(Number(ms))) return Number(ms);
  const after = headers.get("retry-after");
  if (after === null || after.trim() === "") return undefined;
  const seconds = Number(after);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(after);
  return Number.isNaN(date) ? undefined : date - Date.now();
}

/** A thrown fetch failure as a `ConnectionError`, with the system error code when there is one. */
export function toConnectionError(error: unknown, request: Request): ConnectionError {
  if (error instanceof ConnectionError) return error;
  const code = errorCode(error);
  return new ConnectionError(`Connection error: ${request.method} ${request.url} failed: ${rootMessage(error)}`, {
    cause: error,
    code,
  });
}

// undici says only "fetch failed"; the useful text ("connect ECONNREFUSED 127.0.0.1:8080",
// "other side closed") is on the innermost cause.
function rootMessage(error: unknown): string {
  let e = error;
  for (let i = 0; i < 5 && e instanceof Error && e.cause instanceof Error; i++) e = e.cause;
  const text = e instanceof Error ? e.message || e.name : String(e);
  return text.replace(/\s+/g, " ");
}

// undici: TypeError("fetch failed") with `cause` = the socket error, or an AggregateError of
// them (one per address tried) whose entries all carry the same code.
function errorCode(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== "object" || depth > 4) return undefined;
  const e = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === "string" && /^[A-Z][A-Z0-9_]+$/.test(e.code)) return e.code;
  if (Array.isArray(e.errors) && e.errors.length) {
    const codes = new Set(e.errors.map((x) => errorCode(x, depth + 1)));
    if (codes.size === 1) return [...codes][0];
  }
  return errorCode(e.cause, depth + 1);
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
