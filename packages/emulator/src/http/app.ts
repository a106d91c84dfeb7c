// The app: every spec operation under /cloud, GET /health, 404/405 for the rest, as one Web
// `fetch` function. Each operation runs the same pipeline: task pump → auth → body → parameter
// and body validation → handler → (optional) response validation against the spec.
import { loadResponseValidators, queryArrays } from "../generated/index.js";
import type { Core } from "../model/core.js";
import { handlers } from "../routes/index.js";
import { authenticate } from "./auth.js";
import { readJsonBody } from "./body.js";
import { ApiError, badRequest, errorResponse } from "./errors.js";
import type { OpContext, OperationId, OpResult } from "./operation.js";
import { newRequestId } from "./request-id.js";
import { checkResponse } from "./response-check.js";
import { matchRoute, queryParams, type Route, routingPath } from "./router.js";
import { validateBody, validateParams } from "./validation.js";

export interface AppOptions { validateResponses?: boolean }

export type App = (request: Request) => Promise<Response>;

const HEALTH_PATH = /^\/health\/?$/;

function jsonResponse(result: OpResult, requestId: string): Response {
  const headers: Record<string, string> = { "x-request-id": requestId, ...result.headers };
  if (result.raw !== undefined) {
    headers["content-type"] = "application/json";
    return new Response(result.raw, { status: result.status, headers });
  }
  if (result.body === undefined) return new Response(null, { status: result.status, headers });
  headers["content-type"] = "application/json";
  return new Response(JSON.stringify(result.body), { status: result.status, headers });
}

function errorBodyOf(error: ApiError, requestId: string) {
  return {
    exception_class: error.exceptionClass, message: error.message, request_id: requestId,
    ...(error.invalidFields ? { invalid_fields: error.invalidFields } : {}),
  };
}

const internalError = () => new ApiError(500, "InternalServerError", "Internal server error");

type Validators = ReturnType<typeof loadResponseValidators> | undefined;

/** Turns a handler's result or error into a Response, validating it first when asked. */
async function finish(validators: Validators, operationId: string | undefined, requestId: string, outcome: OpResult | ApiError): Promise<Response> {
  if (validators) {
    const body =
      outcome instanceof ApiError ? errorBodyOf(outcome, requestId) : outcome.raw !== undefined ? JSON.parse(outcome.raw) : outcome.body;
    try {
      checkResponse(await validators, operationId, outcome.status, body);
    } catch (error) {
      return errorResponse(new ApiError(500, "ResponseValidationError", (error as Error).message), requestId);
    }
  }
  return outcome instanceof ApiError ? errorResponse(outcome, requestId) : jsonResponse(outcome, requestId);
}

/** Authenticates, reads and validates the request: what the handler of `route` receives. */
async function contextFor<Id extends OperationId>(core: Core, route: Route<Id>, request: Request, pathParams: Record<string, string>, requestId: string): Promise<OpContext<Id>> {
  const principal = authenticate(request.headers.get("authorization"), core.store.directory);
  let body: unknown;
  if (route.hasBody) {
    body = await readJsonBody(request);
    if (body === undefined) throw badRequest("Validation failed: body: is required", { body: ["is required"] });
  }
  const params = validateParams(route.operationId, { path: { ...pathParams }, query: queryParams(request.url, queryArrays[route.operationId]) });
  const validBody = validateBody(route.operationId, body);
  return { core, principal, path: params.path, query: params.query, body: validBody, requestId, headers: request.headers };
}

async function runOperation<Id extends OperationId>(core: Core, validators: Validators, route: Route<Id>, request: Request, pathParams: Record<string, string>): Promise<Response> {
  const requestId = newRequestId();
  try {
    core.store.syncWithOtherWriters();
    core.worker.pump();
    const ctx = await contextFor(core, route, request, pathParams, requestId);
    const result = handlers[route.operationId](ctx);
    // Answer only once what this request wrote (or read) is committed and synced.
    await core.store.committed();
    return await finish(validators, route.operationId, requestId, result);
  } catch (error) {
    if (error instanceof ApiError) {
      await core.store.committed().catch(() => {});
      return finish(validators, route.operationId, requestId, error);
    }
    // Another process holds the write lock past busy_timeout: retryable, not a server bug.
    if ((error as { code?: string }).code === "SQLITE_BUSY") {
      return errorResponse(new ApiError(503, "ServiceUnavailable", "Database is busy, retry later", undefined, { "retry-after": "1" }), requestId);
    }
    console.error(`[imgctl-emulator] ${route.operationId} failed (request ${requestId}):`, error);
    return finish(validators, route.operationId, requestId, internalError());
  }
}

/** Unknown path: 404. Known path, other method: 405 with Allow. */
function noRoute(validators: Validators, request: Request, allow: string[]): Promise<Response> {
  const error =
    allow.length > 0
      ? new ApiError(405, "HTTPError", `Method ${request.method} not allowed`, undefined, { allow: allow.join(", ") })
      : new ApiError(404, "NotFoundError", "The requested URL was not found on the server");
  return finish(validators, undefined, newRequestId(), error);
}

export function createApp(core: Core, options: AppOptions = {}): App {
  const validators = options.validateResponses ? loadResponseValidators() : undefined;
  // Avoid an unhandled rejection before the first request awaits it.
  validators?.catch(() => {});

  function dispatch(request: Request, method: string): Promise<Response> {
    const path = routingPath(request);
    if (method === "GET" && HEALTH_PATH.test(path)) {
      return Promise.resolve(new Response(JSON.stringify({ status: "ok" }), { headers: { "content-type": "application/json" } }));
    }
    const match = matchRoute(method, path);
    return match.route ? runOperation(core, validators, match.route, request, match.params) : noRoute(validators, request, match.allow);
  }

  async function answer(request: Request, method: string): Promise<Response> {
    try {
      return await dispatch(request, method);
    } catch (error) {
      const requestId = newRequestId();
      console.error(`[imgctl-emulator] unhandled error (request ${requestId}):`, error);
      return errorResponse(internalError(), requestId);
    }
  }

  // HEAD is answered as GET without the body.
  return (request) =>
    request.method === "HEAD" ? answer(request, "GET").then((response) => new Response(null, response)) : answer(request, request.method);
}
