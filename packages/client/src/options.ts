import { resolveApiVersion, type ApiVersion } from "./api-version.js";
import { ClientOptionsError } from "./errors.js";
import { hideUserinfo, REDACTED, type Logger } from "./log/redact.js";

/** The real API. */
export const DEFAULT_BASE_URL = "https://api.gcore.com/cloud";
/** Two minutes, like the official Gcore SDKs. */
export const DEFAULT_TIMEOUT = 120_000;
export const DEFAULT_MAX_RETRIES = 2;

export interface ClientOptions {
  /**
   * The API generation to speak: `"2025-04"` (the seed: `metadata`, shared and reseller images) or
   * `"2026-08"` (Gcore's API today: `tags_v2`, tag filters and paging, tag writes by PATCH). Pass it
   * to get the generation's types too: `createImagesClient({ apiVersion: "2026-08" })`.
   * @default process.env.GCORE_API_VERSION, else "2026-08" for Gcore's hosts (the default base URL) and "2025-04" for any other base URL
   */
  apiVersion?: ApiVersion | undefined;
  /**
   * API key, sent as `Authorization: APIKey <key>`. A value that already starts with `APIKey ` or
   * `Bearer ` is sent as is. Never logged or printed.
   * @default process.env.GCORE_API_KEY
   */
  apiKey?: string | undefined;
  /**
   * API root, including the `/cloud` prefix (an origin alone, as the official SDKs take it, gets `/cloud`).
   * @default process.env.GCORE_BASE_URL ?? "https://api.gcore.com/cloud"
   */
  baseUrl?: string | undefined;
  /**
   * Default `project_id` for every call that takes one.
   * @default process.env.GCORE_CLOUD_PROJECT_ID
   */
  projectId?: number | undefined;
  /**
   * Default `region_id` for every call that has it in its path.
   * @default process.env.GCORE_CLOUD_REGION_ID
   */
  regionId?: number | undefined;
  /**
   * The transport: any Web-standard `fetch(request)`, e.g. an emulator's in-process handler.
   * @default globalThis.fetch
   */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /**
   * Time allowed for each attempt, until the last byte of the answer has arrived.
   * @unit milliseconds
   * @default 120000
   */
  timeout?: number | undefined;
  /**
   * Retries after the first attempt, for connection errors, timeouts, 408, 409, 429 and 5xx.
   * @default 2
   */
  maxRetries?: number | undefined;
  /** Receives one line per request, response and retry; `Authorization` shows as `***`. */
  logger?: Logger | undefined;
  /** Headers added to every request (per-call headers win). */
  headers?: Record<string, string> | undefined;
}

/** Per-call overrides, the last argument of every resource method. */
export interface RequestOptions {
  /** @unit milliseconds @default the client's `timeout` */
  timeout?: number | undefined;
  /** @default the client's `maxRetries` */
  maxRetries?: number | undefined;
  /** Aborts the call (and its retries); the promise then rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /** Extra headers for this call. */
  headers?: Record<string, string> | undefined;
}

/** The options as the client resolved them; no API key. */
export interface ResolvedOptions {
  readonly apiVersion: ApiVersion;
  readonly baseUrl: string;
  readonly projectId: number | undefined;
  readonly regionId: number | undefined;
  readonly timeout: number;
  readonly maxRetries: number;
}

/** Options plus the environment, checked once so that a typo fails at construction, not on the 5th call. */
export function resolveOptions(options: ClientOptions): ResolvedOptions & { apiKey: string | undefined } {
  const { timeout = DEFAULT_TIMEOUT, maxRetries = DEFAULT_MAX_RETRIES } = options;
  if (!(timeout >= 0)) throw new ClientOptionsError(`timeout must be a non-negative number, got ${timeout}`);
  if (!(maxRetries >= 0 && Number.isInteger(maxRetries)))
    throw new ClientOptionsError(`maxRetries must be a non-negative integer, got ${maxRetries}`);
  const fromEnv = options.baseUrl === undefined && env("BASE_URL") !== undefined;
  const baseUrl = cloudRoot(
    options.baseUrl ?? env("BASE_URL") ?? DEFAULT_BASE_URL,
    fromEnv ? "GCORE_BASE_URL" : "baseUrl",
  );
  return {
    apiKey: options.apiKey ?? env("API_KEY"),
    apiVersion: resolveApiVersion(options.apiVersion, env("API_VERSION"), baseUrl),
    baseUrl,
    projectId: options.projectId ?? envId("CLOUD_PROJECT_ID"),
    regionId: options.regionId ?? envId("CLOUD_REGION_ID"),
    timeout,
    maxRetries,
  };
}

/**
 * The API root without a trailing slash. An origin alone gets `/cloud`: the official Gcore SDKs
 * take `GCORE_BASE_URL=https://api.gcore.com` and add the product prefix themselves.
 *
 * A URL with a user name or password is refused here, before anything is sent: the API takes its
 * key in a header, fetch refuses to build a request from such a URL (so every attempt would fail
 * the same way), and a password has no business in the messages that quote the URL. The message
 * shows the URL with its userinfo as `***`.
 */
function cloudRoot(url: string, name: string): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {}
  if (!parsed || (parsed.protocol !== "http:" && parsed.protocol !== "https:")) {
    throw new ClientOptionsError(
      `${name} must be an http(s) URL such as ${DEFAULT_BASE_URL}, got "${hideUserinfo(url)}"`,
    );
  }
  if (parsed.username || parsed.password) {
    parsed.username = REDACTED;
    parsed.password = "";
    throw new ClientOptionsError(
      `${name} must not contain a user name or password (got "${parsed.href}"): pass the API key as apiKey or GCORE_API_KEY`,
    );
  }
  const root = url.replace(/\/+$/, "");
  return /^[a-z][a-z\d+.-]*:\/\/[^/]+$/i.test(root) ? `${root}/cloud` : root;
}

/** `GCORE_<name>`; empty counts as unset, and runtimes without `process` (browsers, edge) have none. */
function env(name: string): string | undefined {
  return (
    (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[`GCORE_${name}`] ||
    undefined
  );
}

function envId(name: string): number | undefined {
  const value = env(name);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(Number.isSafeInteger(n) && n >= 0))
    throw new ClientOptionsError(`GCORE_${name} must be a non-negative integer, got "${value}"`);
  return n;
}
