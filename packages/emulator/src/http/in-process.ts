// The in-process entry without Web Request/Response objects: a plain method, URL, headers and
// body in, status, headers and text out. Touching `Request`, `Response` or `Headers` makes Node
// load its bundled undici (25 ms on a quiet machine, much more on a busy one), and a 1 MB list
// answer costs another ≈ 12 ms through a Response and back; a CLI that talks to the emulator in
// its own process pays both on every start. It runs the pipeline of app.ts step by step (task
// pump → auth → body → parameter and body validation → handler → optional response check) on the
// same building blocks, and the same fault injector, so both entries answer alike (a test sends
// the same requests through both and compares status, headers and body).
import { loadResponseValidators, queryArrays } from "../generated/index.js";
import type { Core } from "../model/core.js";
import { handlers } from "../routes/index.js";
import { authenticate } from "./auth.js";
import { MAX_BODY_BYTES } from "./body.js";
import { ApiError, badRequest, errorReply } from "./errors.js";
import type { FaultInjector } from "./faults.js";
import type { OperationId, OpResult } from "./operation.js";
import { newRequestId } from "./request-id.js";
import { checkResponse } from "./response-check.js";
import { matchRoute, queryParams, type Route, routingPath } from "./router.js";
import { validateBody, validateParams } from "./validation.js";

/** A request as a fetch's `(url, init)` would give it; header names in lower case. */
export interface PlainRequest {
  method: string;
  /** Absolute URL, e.g. http://localhost/cloud/v1/images/10/1 (only the path and query count). */
  url: string;
  headers: Record<string, string>;
  body?: string | undefined;
}

/** The answer: what a Response would hold, its body read as text ("" when it has none). */
export interface PlainResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
}

export type PlainHandler = (request: PlainRequest) => Promise<PlainResponse>;

const HEALTH_PATH = /^\/health\/?$/;
const STANDARD_METHODS = new Set(["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"]);

/** Header access in the shape the handlers use (`ctx.headers.get`). */
function headerReader(headers: Record<string, string>): Headers {
  return { get: (name: string) => headers[name.toLowerCase()] ?? null } as Headers;
}

/** As readJsonBody reads a Request: size cap, JSON content type, then JSON. */
function jsonBodyOf(request: PlainRequest): unknown {
  // A Request made from a string sends its UTF-8, lone surrogates replaced, and a text/plain
  // content type when none is given.
  const text = (request.body as (string & { toWellFormed(): string }) | undefined)?.toWellFormed() ?? "";
  const declared = request.headers["content-length"];
  if ((declared !== undefined && Number(declared) > MAX_BODY_BYTES) || Buffer.byteLength(text) > MAX_BODY_BYTES) throw new ApiError(413, "PayloadTooLarge", `Request body is larger than ${MAX_BODY_BYTES} bytes`);
  if (text === "") return undefined;
  const contentType = request.headers["content-type"] ?? "text/plain;charset=UTF-8";
  const mime = contentType.split(";")[0]!.trim().toLowerCase();
  if (!(mime === "application/json" || (mime.startsWith("application/") && mime.endsWith("+json")))) {
    throw new ApiError(415, "UnsupportedMediaType", "Content-Type must be application/json");
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw badRequest(`Request body is not valid JSON: ${(error as Error).message}`, { body: ["is not valid JSON"] });
  }
}

function resultReply(result: OpResult, requestId: string): PlainResponse {
  const headers: Record<string, string> = { "x-request-id": requestId, ...result.headers };
  if (result.raw === undefined && result.body === undefined) return { status: result.status, headers, text: "" };
  headers["content-type"] = "application/json";
  return { status: result.status, headers, text: result.raw ?? JSON.stringify(result.body) };
}

type Validators = ReturnType<typeof loadResponseValidators> | undefined;

async function finish(validators: Validators, operationId: string | undefined, requestId: string, outcome: OpResult | ApiError): Promise<PlainResponse> {
  if (validators) {
    const reply = outcome instanceof ApiError ? errorReply(outcome, requestId) : resultReply(outcome, requestId);
    try {
      checkResponse(await validators, operationId, outcome.status, reply.text === "" ? undefined : JSON.parse(reply.text));
    } catch (error) {
      return errorReply(new ApiError(500, "ResponseValidationError", (error as Error).message), requestId);
    }
    return reply;
  }
  return outcome instanceof ApiError ? errorReply(outcome, requestId) : resultReply(outcome, requestId);
}

async function runOperation<Id extends OperationId>(core: Core, validators: Validators, route: Route<Id>, request: PlainRequest, pathParams: Record<string, string>): Promise<PlainResponse> {
  const requestId = newRequestId();
  try {
    core.store.syncWithOtherWriters();
    core.worker.pump();
    const principal = authenticate(request.headers.authorization ?? null, core.store.directory);
    let body: unknown;
    if (route.hasBody) {
      body = jsonBodyOf(request);
      if (body === undefined) throw badRequest("Validation failed: body: is required", { body: ["is required"] });
    }
    const params = validateParams(route.operationId, { path: { ...pathParams }, query: queryParams(request.url, queryArrays[route.operationId]) });
    const ctx = { core, principal, path: params.path, query: params.query, body: validateBody(route.operationId, body), requestId, headers: headerReader(request.headers) };
    const result = handlers[route.operationId](ctx);
    await core.store.committed();
    return await finish(validators, route.operationId, requestId, result);
  } catch (error) {
    if (error instanceof ApiError) {
      await core.store.committed().catch(() => {});
      return finish(validators, route.operationId, requestId, error);
    }
    if ((error as { code?: string }).code === "SQLITE_BUSY") {
      return errorReply(new ApiError(503, "ServiceUnavailable", "Database is busy, retry later", undefined, { "retry-after": "1" }), requestId);
    }
    console.error(`[imgctl-emulator] ${route.operationId} failed (request ${requestId}):`, error);
    return finish(validators, route.operationId, requestId, new ApiError(500, "InternalServerError", "Internal server error"));
  }
}

function dispatch(core: Core, validators: Validators, request: PlainRequest, method: string): Promise<PlainResponse> {
  // The router reads only the URL of what it is given.
  const path = routingPath(request as unknown as Request);
  if (method === "GET" && HEALTH_PATH.test(path)) {
    return Promise.resolve({ status: 200, headers: { "content-type": "application/json" }, text: JSON.stringify({ status: "ok" }) });
  }
  const match = matchRoute(method, path);
  if (match.route) return runOperation(core, validators, match.route, request, match.params);
  const error =
    match.allow.length > 0
      ? new ApiError(405, "HTTPError", `Method ${method} not allowed`, undefined, { allow: match.allow.join(", ") })
      : new ApiError(404, "NotFoundError", "The requested URL was not found on the server");
  return finish(validators, undefined, newRequestId(), error);
}

async function answer(core: Core, validators: Validators, request: PlainRequest, method: string): Promise<PlainResponse> {
  try {
    return await dispatch(core, validators, request, method);
  } catch (error) {
    const requestId = newRequestId();
    console.error(`[imgctl-emulator] unhandled error (request ${requestId}):`, error);
    return errorReply(new ApiError(500, "InternalServerError", "Internal server error"), requestId);
  }
}

/** The plain twin of `createApp(core, options)` behind `faults`. */
export function createPlainHandler(core: Core, faults: FaultInjector, options: { validateResponses?: boolean | undefined } = {}): PlainHandler {
  const validators: Validators = options.validateResponses ? loadResponseValidators() : undefined;
  validators?.catch(() => {});
  return (request) => {
    // As the Request constructor does: the standard methods in upper case, others as given.
    const upper = request.method.toUpperCase();
    const method = STANDARD_METHODS.has(upper) ? upper : request.method;
    const plain = { ...request, method };
    return faults.around(plain, undefined, {
      // HEAD is answered as GET without the body.
      next: () => (method === "HEAD" ? answer(core, validators, plain, "GET").then((r) => ({ ...r, text: "" })) : answer(core, validators, plain, method)),
      drain: async () => {},
      error: (error) => errorReply(error, newRequestId()),
      dropped: () => ({ status: 499, headers: {}, text: "" }),
    });
  };
}
