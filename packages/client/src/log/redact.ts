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
  "authorization",
  "proxy-authorization",
  "api-key",
  "x-api-key",
  "cookie",
  "set-cookie",
  "x-auth-token",
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

// `scheme:` (slashes optional, as URL parsers accept `http:user:pw@host`) and a userinfo part
// (everything up to the last `@` before the path), in a URL that may not parse or inside a longer
// message (undici quotes the URL it refused).
const USERINFO = /(\b[a-z][a-z\d+.-]*:[\\/]*)[^/?#\s\\]*@/gi;

/** Any text with the `user:password@` of every URL in it replaced by `***@`. */
export function hideUserinfo(text: string): string {
  return text.replace(USERINFO, `$1${REDACTED}@`);
}

/** A URL for a log line: no `user:pass@`, and secret-looking query values replaced by `***`. */
export function redactUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return hideUserinfo(url);
  }
  u.username = "";
  u.password = "";
  for (const name of [...u.searchParams.keys()]) {
    if (SECRET_QUERY.test(name)) u.searchParams.set(name, REDACTED);
  }
  return u.toString();
}
