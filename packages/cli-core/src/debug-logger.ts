import { redact } from "./redact.js";

/** The client's Logger shape (contract: debug/info/warn/error(message, details?)). */
export interface Logger {
  debug(message: string, details?: object): void;
  info(message: string, details?: object): void;
  warn(message: string, details?: object): void;
  error(message: string, details?: object): void;
}

/**
 * `--debug`: one stderr line per client log event. The client already shows Authorization as
 * `***`; the key is redacted again here so that no code path can print it.
 */
export function createDebugLogger(
  apiKey: string | undefined,
  write: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Logger {
  const emit = (level: string) => (message: string, details?: object) => {
    const extra = details === undefined ? "" : ` ${safeJson(details)}`;
    write(redact(`imgctl ${level}: ${message}${extra}`, apiKey));
  };
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, (_k, v: unknown) => (v instanceof Headers ? Object.fromEntries(v) : v));
  } catch {
    return String(value);
  }
}
