import type { ErrorBody, Image, Task } from "@imgctl/types";
import { hideUserinfo } from "./log/redact.js";

/** Base class of every error this package throws, so callers can catch them all at once. */
export class ImagesClientError extends Error {}

/**
 * A non-2xx answer from the API. `ApiError.from()` picks the subclass by status, so
 * `catch (e) { if (e instanceof NotFoundError) ... }` works as in the Stainless SDKs.
 * The message is one line: `404 NotFoundError: Image not found (request_id 3a1b...)`.
 */
export class ApiError extends ImagesClientError {
  // `declare`: assigned in the constructor, so no field initialisers are emitted (bundle size).
  /** HTTP status. */
  declare readonly status: number;
  /** The API's `exception_class`, e.g. `NotFoundError`; undefined when the body was not an API error body. */
  declare readonly exceptionClass: string | undefined;
  /** The API's request id (`request_id` of the body, else the `x-request-id` header): quote it to support. */
  declare readonly requestId: string | undefined;
  /** Per-field validation messages (400/422). */
  declare readonly invalidFields: Record<string, string[]> | undefined;
  /** Response headers. */
  declare readonly headers: Headers;
  /** The parsed error body (or its text when it was not JSON, e.g. a proxy's HTML page). */
  declare readonly body: unknown;

  constructor(status: number, body: unknown, headers: Headers) {
    const b: Partial<ErrorBody> = body && typeof body === "object" ? body : {};
    const requestId = b.request_id ?? headers.get("x-request-id") ?? undefined;
    const text = oneLine(b.message ?? ((typeof body === "string" && body) || `HTTP ${status}`));
    let line = `${status} ${new.target.prototype.name}: ${text}`;
    // Invalid fields that the API's message does not already list (as `field: problem`), three at most.
    const fields = Object.entries(b.invalid_fields ?? {}).filter(([k]) => !text.includes(k + ":"));
    if (fields[0]) {
      line +=
        ": " +
        fields
          .slice(0, 3)
          .map(([k, v]) => `${k} (${v.map(oneLine).join("; ")})`)
          .join(", ");
      if (fields[3]) line += ` and ${fields.length - 3} more`;
    }
    super(requestId ? `${line} (request_id ${requestId})` : line);
    Object.assign(this, {
      status,
      exceptionClass: b.exception_class,
      requestId,
      invalidFields: b.invalid_fields,
      headers,
      body,
    });
  }

  /** The one-line message alone (it already names the class), e.g. for `${error}` in a CLI. */
  override toString(): string {
    return this.message;
  }

  /** The subclass for a status: 400 BadRequestError ... ≥500 InternalServerError, else ApiError. */
  static from(status: number, body: unknown, headers: Headers): ApiError {
    const Class = STATUS[status] ?? (status < 500 ? ApiError : InternalServerError);
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

const STATUS: Record<number, typeof ApiError> = {
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
  /** The system error code, when there is one. */
  declare readonly code: string | undefined;
  constructor(message: string, cause?: unknown, code?: string) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
  }
}

/** The answer, headers and body, did not arrive within `timeout` ms (after the retries allowed). */
export class TimeoutError extends ConnectionError {}

/**
 * An option given to the client (or read from a `GCORE_*` variable) cannot work: a base URL that is
 * not an http(s) URL or that carries a user name or password, a negative timeout, an id that is not
 * a number. Thrown by the constructor, so nothing is sent and nothing is retried.
 */
export class ClientOptionsError extends ImagesClientError {}

/**
 * The client and the server speak different API generations: the server named another one in its
 * answer's header, or sent an image in the other generation's shape. Nothing of the answer is
 * returned, since reading it in the wrong shape would show no tags or apply no filter.
 */
export class ApiVersionMismatchError extends ImagesClientError {
  /** The generation the client speaks. */
  declare readonly clientVersion: string;
  /** The generation the server speaks. */
  declare readonly serverVersion: string;
  constructor(clientVersion: string, serverVersion: string, evidence: string) {
    super(
      `This client speaks API ${clientVersion} but the server speaks ${serverVersion} (${evidence}): create the client with apiVersion: "${serverVersion}" or set GCORE_API_VERSION=${serverVersion}`,
    );
    Object.assign(this, { clientVersion, serverVersion });
  }
}

/**
 * A method or parameter that the client's API generation does not have (e.g. `sharedImages` or a
 * `metadata_kv` filter on a 2026-08 client, `tag_key` on a 2025-04 one). Thrown before anything is sent.
 */
export class NotInApiVersionError extends ImagesClientError {}

/** A path parameter had no value and no client default (e.g. `project_id` without `projectId`). */
export class MissingParameterError extends ImagesClientError {}

/** `tasks.wait()` saw the task end in state ERROR; `task.error` says why. */
export class TaskFailedError extends ImagesClientError {
  declare readonly task: Task;
  constructor(task: Task) {
    // An upload's error quotes its URL, which may carry a user name and password: never in a message.
    super(`Task ${task.id} (${task.task_type}) failed: ${oneLine(hideUserinfo(task.error ?? "no error message"))}`);
    this.task = task;
  }
}

/** `tasks.wait()` gave up after its `timeout`; `task` is the last state seen (the task may still finish). */
export class TaskWaitTimeoutError extends ImagesClientError {
  declare readonly task: Task | undefined;
  constructor(taskId: string, timeoutMs: number, task: Task | undefined) {
    super(`Task ${taskId} did not finish within ${timeoutMs} ms (last state ${task?.state ?? "unknown"})`);
    this.task = task;
  }
}

/**
 * An image that was being made (`uploadAndWait`) reached a status other than `queued`, `saving` or
 * `active`, such as `error`: it will not become usable. `image` is the image as last read.
 */
export class ImageFailedError extends ImagesClientError {
  declare readonly image: Image;
  constructor(image: Image) {
    super(`Image ${image.id} (${image.name}) ended in status ${image.status}, not active`);
    this.image = image;
  }
}

/** The image did not become `active` with a size within the wait's `timeout`; `image` is the last state seen. */
export class ImageWaitTimeoutError extends ImagesClientError {
  declare readonly image: Image | undefined;
  constructor(imageId: string, timeoutMs: number, image: Image | undefined) {
    super(`Image ${imageId} was not active within ${timeoutMs} ms (last status ${image?.status ?? "unknown"})`);
    this.image = image;
  }
}

// Names live on the prototypes: one place, readable before super() (see ApiError), not repeated
// as an own property in every `util.inspect`, and spelled out because minifiers rename classes.
// One string, in the order of the classes, each name without its common "Error" suffix (bundle size).
const CLASSES: { prototype: Error }[] = [
  ImagesClientError,
  ApiError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  ConnectionError,
  TimeoutError,
  MissingParameterError,
  TaskFailedError,
  TaskWaitTimeoutError,
  ClientOptionsError,
  ImageFailedError,
  ImageWaitTimeoutError,
  ApiVersionMismatchError,
  NotInApiVersionError,
];
"ImagesClient Api BadRequest Authentication PermissionDenied NotFound Conflict UnprocessableEntity RateLimit InternalServer Connection Timeout MissingParameter TaskFailed TaskWaitTimeout ClientOptions ImageFailed ImageWaitTimeout ApiVersionMismatch NotInApiVersion"
  .split(" ")
  .forEach((name, i) => {
    CLASSES[i]!.prototype.name = name + "Error";
  });

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
