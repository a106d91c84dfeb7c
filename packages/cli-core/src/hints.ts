import { isApiError } from "./errors.js";

/** Where the base URL in effect came from, and what it is. */
export interface UrlInEffect {
  apiUrl: string;
  /** e.g. `--api-url`, `GCORE_BASE_URL`, `profile "prod"`. */
  source: string;
}

/** The URL without user name or password: hints are printed. */
function shown(url: URL): string {
  const copy = new URL(url.href);
  copy.username = "";
  copy.password = "";
  return copy.href.replace(/\/$/, "");
}

/** How many path segments are `cloud`: the API root has exactly one (an origin alone gets it added). */
function cloudProblem(url: URL, source: string): string | undefined {
  const segments = url.pathname.split("/").filter(Boolean);
  if (segments.length === 0) return undefined;
  const clouds = segments.filter((s) => s === "cloud").length;
  if (clouds === 1 && segments.at(-1) === "cloud") return undefined;
  const what = clouds === 0 ? "has no /cloud" : clouds > 1 ? "has /cloud more than once" : "does not end in /cloud";
  return `the base URL ${shown(url)} (from ${source}) ${what}; the API root is the server's /cloud, e.g. https://api.gcore.com/cloud`;
}

/**
 * A hint for the commonest ways of pointing imgctl at the wrong place: nothing listening there, a
 * base URL whose path is not `/cloud`, a server that answers but not as the Images API does.
 * Undefined when the error is none of these (or the API is the embedded emulator).
 */
export function connectionHint(err: unknown, where: UrlInEffect): string | undefined {
  let url: URL;
  try {
    url = new URL(where.apiUrl);
  } catch {
    return undefined;
  }
  const e = err as { name?: unknown; code?: unknown; message?: unknown } | null;
  if (!e || typeof e !== "object") return undefined;
  const message = typeof e.message === "string" ? e.message : "";
  if (e.name === "ConnectionError" && (e.code === "ECONNREFUSED" || message.includes("ECONNREFUSED"))) {
    return `nothing is listening at ${url.host} (base URL ${shown(url)}, from ${where.source}). Is the emulator running (imgctl emulator start)? Check the URL with: imgctl config get`;
  }
  const notFound = isApiError(err) && err.status === 404;
  const notTheApi = e.name === "SyntaxError" || (isApiError(err) && !err.exceptionClass);
  const path = cloudProblem(url, where.source);
  if (path && (notFound || notTheApi)) return path;
  if (notTheApi) {
    return `the server at ${url.host} (base URL ${shown(url)}, from ${where.source}) answered, but not as the Images API does (no API JSON); is it the right URL?`;
  }
  return undefined;
}
