import type { ErrorBody, Task } from "@imgctl/types";

/** Base class of every error this package throws, so callers can catch them all at once. */
export class ImagesClientError extends Error {}

/**
 * A non-2xx answer from the API. `ApiError.from()` picks the subclass by status, so
 * `catch (e) { if (e instanceof NotFoundError) ... }` works like in the Stainless SDKs.
 */
export class ApiError extends ImagesClientError {
  /** HTTP status. */
  readonly status: number;
  /** The API's `exception_class`, e.g. `ImageNotFound`; undefined when the body was not an API error body. */
  readonly exceptionClass: string | undefined;
  /** The API's request id (`request_id` of the body, else the `x-request-id` header): quote it to support. */
  readonly requestId: string | undefined;
  /** Per-field validation messages (400/422). */
  readonly invalidFields: Record<string, string[]> | undefined;
  /** Response headers. */
  readonly headers: Headers;
  /** The parsed error body (or its text when it was not JSON). */
  readonly body: unknown;

  constructor(status: number, body: unknown, headers: Headers) {
    const parsed = asErrorBody(body);
    const requestId = parsed?.request_id ?? headers.get("x-request-id") ?? undefined;
    const text = oneLine(parsed?.message ?? (typeof body === "string" && body ? body : `HTTP ${status}`));
    // new.target: the subclass's name is on its prototype, so the message can name it before super().
    super(formatMessage(status, new.target.prototype.name, text, parsed?.invalid_fields, requestId));
    this.status = status;
    this.exceptionClass = parsed?.exception_class;
    this.requestId = requestId;
    this.invalidFields = parsed?.invalid_fields;
    this.headers = headers;
    this.body = body;
  }

  /** The one-line message alone (it already names the class), e.g. for `${error}` in a CLI. */
  override toString(): string {
    return this.message;
  }

  /** The subclass for a status: 400 BadRequestError ... ≥500 InternalServerError, else ApiError. */
  static from(status: number, body: unknown, headers: Headers): ApiError {
    const Class = STATUS_CLASSES[status] ?? (status >= 500 ? InternalServerError : ApiError);
    return new Class(status, body, headers);
  }
}

export class BadRequestError extends ApiError {}
export class AuthenticationError extends ApiError {}
export class PermissionDeniedError extends ApiError {}
export class NotFoundError extends ApiError {}
export class ConflictError extends ApiError {}
export class UnprocessableEntityError extends ApiError {}
export class RateLimitError extends ApiError {}
export class InternalServerError extends ApiError {}

const STATUS_CLASSES: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** No HTTP answer: refused, reset, DNS failure, or a dropped connection. `code` is e.g. `ECONNREFUSED`. */
export class ConnectionError extends ImagesClientError {
  readonly code: string | undefined;
  constructor(message: string, options?: { cause?: unknown; code?: string | undefined }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = options?.code;
  }
}

/** The request got no response headers within `timeout` ms (after the retries allowed). */
export class TimeoutError extends ConnectionError {
}

/** A path parameter had no value and no client default (e.g. `project_id` without `projectId`). */
export class MissingParameterError extends ImagesClientError {
}

/** `tasks.wait()` saw the task end in state ERROR; `task.error` says why. */
export class TaskFailedError extends ImagesClientError {
  readonly task: Task;
  constructor(task: Task) {
    super(`Task ${task.id} (${task.task_type}) failed: ${oneLine(task.error ?? "no error message")}`);
    this.task = task;
  }
}

/** `tasks.wait()` gave up after its `timeout`; `task` is the last state seen (the task may still finish). */
export class TaskWaitTimeoutError extends ImagesClientError {
  readonly task: Task | undefined;
  constructor(taskId: string, timeoutMs: number, task: Task | undefined) {
    super(`Task ${taskId} did not finish within ${timeoutMs} ms (last state ${task?.state ?? "unknown"})`);
    this.task = task;
  }
}

// Names live on the prototypes: one place, readable before super() (see ApiError), not repeated
// as an own property in every `util.inspect`, and spelled out because minifiers rename classes.
const NAMES: [{ prototype: Error }, string][] = [
  [ImagesClientError, "ImagesClientError"], [ApiError, "ApiError"], [BadRequestError, "BadRequestError"],
  [AuthenticationError, "AuthenticationError"], [PermissionDeniedError, "PermissionDeniedError"],
  [NotFoundError, "NotFoundError"], [ConflictError, "ConflictError"],
  [UnprocessableEntityError, "UnprocessableEntityError"], [RateLimitError, "RateLimitError"],
  [InternalServerError, "InternalServerError"], [ConnectionError, "ConnectionError"], [TimeoutError, "TimeoutError"],
  [MissingParameterError, "MissingParameterError"], [TaskFailedError, "TaskFailedError"],
  [TaskWaitTimeoutError, "TaskWaitTimeoutError"],
];
for (const [C, name] of NAMES) Object.defineProperty(C.prototype, "name", { value: name, writable: true, configurable: true });

function asErrorBody(body: unknown): Partial<ErrorBody> | undefined {
  if (!body || typeof body !== "object") return undefined;
  const b = body as Record<string, unknown>;
  return {
    exception_class: typeof b.exception_class === "string" ? b.exception_class : undefined,
    message: typeof b.message === "string" ? b.message : undefined,
    request_id: typeof b.request_id === "string" ? b.request_id : undefined,
    invalid_fields: isFieldMap(b.invalid_fields) ? b.invalid_fields : undefined,
  } as Partial<ErrorBody>;
}

function isFieldMap(v: unknown): v is Record<string, string[]> {
  return !!v && typeof v === "object" && Object.values(v).every((x) => Array.isArray(x));
}

// One line, so a CLI can print it as is:
// `422 UnprocessableEntityError: Invalid input: name (too short) (request_id 3a1b)`.
function formatMessage(status: number, name: string, text: string, fields: Record<string, string[]> | undefined,
  requestId: string | undefined): string {
  let line = `${status} ${name}: ${text}`;
  // Only the fields the API's message does not already list (as `field: problem`).
  const entries = fields ? Object.entries(fields).filter(([k]) => !text.includes(`${k}:`)) : [];
  if (entries.length) {
    const shown = entries.slice(0, 3).map(([k, v]) => `${k} (${v.map(oneLine).join("; ")})`);
    line += `: ${shown.join(", ")}${entries.length > 3 ? ` and ${entries.length - 3} more` : ""}`;
  }
  return requestId ? `${line} (request_id ${requestId})` : line;
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
