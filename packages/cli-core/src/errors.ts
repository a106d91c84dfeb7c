/** Exit codes of every imgctl command and plugin: one table, documented in the CLI's README. */
export const EXIT = {
  ok: 0,
  /** The command ran and the answer is "no": policy violations, a write refused by a hook, a declined prompt. */
  failure: 1,
  /** Bad flags, arguments or input files (an invalid policy included). */
  usage: 2,
  /** The API answered an error, could not be reached, or something failed at run time. */
  error: 3,
  /** A scan over several projects/regions that could not read every one of them. */
  incomplete: 4,
  unknownCommand: 127,
} as const;

/** The fields of the client's ApiError that the CLI shows (read structurally: the client is loaded lazily). */
interface ApiErrorLike {
  name: string;
  message: string;
  status: number;
  exceptionClass?: string | undefined;
  requestId?: string | undefined;
  invalidFields?: unknown;
  /** The parsed error body: its `message` is the API's own text. */
  body?: unknown;
}

export interface RenderedError {
  /** One line for a human, without the "Error: " prefix. */
  line: string;
  exit: number;
  /** The `--json` error shape: `{error: {...}}`. */
  json: { error: Record<string, unknown> };
}

export function isApiError(err: unknown): err is ApiErrorLike {
  const e = err as Partial<ApiErrorLike> | null;
  return (
    !!e && typeof e === "object" && typeof e.status === "number" && typeof e.message === "string" && "requestId" in e
  );
}

/** The API's message (the client's Error.message is already decorated with status and class). */
function apiMessage(err: ApiErrorLike): string {
  const body = err.body as { message?: unknown } | undefined;
  return body && typeof body === "object" && typeof body.message === "string" && body.message
    ? body.message
    : err.message;
}

function invalidFieldsText(fields: unknown, message: string): string {
  if (!fields || typeof fields !== "object") return "";
  const entries = Object.entries(fields as Record<string, unknown>);
  if (entries.some(([k]) => message.includes(k))) return ""; // the message already names them
  const parts = entries.map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : String(v)}`);
  return parts.length ? ` [${parts.join("; ")}]` : "";
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

/** Turns anything thrown by a command into one line, an exit code and a stable JSON shape. */
export function renderError(err: unknown): RenderedError {
  if (isApiError(err)) {
    const cls = err.exceptionClass ?? err.name;
    const rid = err.requestId ? ` (request id ${err.requestId})` : "";
    const message = oneLine(apiMessage(err));
    return {
      line: oneLine(`${err.status} ${cls}: ${message}${invalidFieldsText(err.invalidFields, message)}${rid}`),
      exit: EXIT.error,
      json: {
        error: {
          name: err.name,
          status: err.status,
          exceptionClass: err.exceptionClass ?? null,
          message,
          requestId: err.requestId ?? null,
          ...(err.invalidFields ? { invalidFields: err.invalidFields } : {}),
          exitCode: EXIT.error,
        },
      },
    };
  }
  const e = (err instanceof Error ? err : new Error(String(err))) as Error & {
    oclif?: { exit?: number };
    code?: string;
  };
  // An error that carries no exit code of its own (a dropped connection, a failed task, a bug) is a
  // run-time error: 3. A "no" (exit 1) is always said on purpose, with an explicit exit code.
  const exit = typeof e.oclif?.exit === "number" ? e.oclif.exit : EXIT.error;
  // oclif appends "See more help with --help" on its own line to parse errors; keep it, on the same line.
  const name = e.name && e.name !== "Error" && e.name !== "CLIError" ? `${e.name}: ` : "";
  return {
    line: oneLine(`${name}${e.message}`),
    exit,
    json: { error: { name: e.name, message: oneLine(e.message), ...(e.code ? { code: e.code } : {}), exitCode: exit } },
  };
}
