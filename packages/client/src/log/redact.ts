/** A logger hook; `console` fits. Details are plain objects with secrets already replaced by `***`. */
export interface Logger {
  debug(message: string, details?: object): void;
  info(message: string, details?: object): void;
  warn(message: string, details?: object): void;
  error(message: string, details?: object): void;
}

export const REDACTED = "***";

// The Stainless redaction list (openai-node src/internal/utils/log.ts), lower case.
const SECRET_HEADERS = new Set([
  "authorization", "proxy-authorization", "api-key", "x-api-key", "cookie", "set-cookie", "x-auth-token",
]);
const SECRET_QUERY = /api[-_]?key|token|password|secret|signature/i;

/** Headers as a plain object for a log line, with credentials replaced by `***`. */
export function redactHeaders(headers: HeadersInit): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(headers).forEach((value, name) => {
    out[name] = SECRET_HEADERS.has(name) ? REDACTED : value;
  });
  return out;
}

/** A URL for a log line: no `user:pass@`, and secret-looking query values replaced by `***`. */
export function redactUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  u.username = "";
  u.password = "";
  for (const name of [...u.searchParams.keys()]) {
    if (SECRET_QUERY.test(name)) u.searchParams.set(name, REDACTED);
  }
  return u.toString();
}
