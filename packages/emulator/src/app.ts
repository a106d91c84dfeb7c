// The Hono app: every spec operation under /cloud, GET /health, 404/405 for the rest.
// Each operation runs the same pipeline: task pump → auth → body → parameter and body
// validation → handler → (optional) response validation against the spec.
import { randomBytes } from "node:crypto";
// hono/tiny: the PatternRouter is plenty for 18 routes and loads faster than the default.
import { Hono } from "hono/tiny";
import { authenticate } from "./auth.js";
import { readJsonBody } from "./body.js";
import type { Core, OpResult } from "./context.js";
import { ApiError, badRequest, errorResponse } from "./errors.js";
import { loadResponseValidators } from "./generated/index.js";
import { handlers } from "./routes/index.js";
import { matchRoute, routes, type RouteInfo } from "./router.js";
import { validateBody, validateParams } from "./validation.js";

// 32 hex characters like the real API's: a random per-process prefix and a counter (a
// crypto call per request showed up in profiles).
const requestIdPrefix = randomBytes(8).toString("hex");
let requestCounter = 0;
export const newRequestId = () => requestIdPrefix + (requestCounter++).toString(16).padStart(16, "0");

export interface AppOptions { validateResponses?: boolean }

type ResponseValidators = Awaited<ReturnType<typeof loadResponseValidators>>;

function checkResponse(v: ResponseValidators, operationId: string | undefined, status: number, body: unknown): void {
  if (operationId === undefined) {
    if (!v.errorBody(body)) throw new Error(`error body does not match the spec: ${JSON.stringify(v.errorBody.errors)}`);
    return;
  }
  const byStatus = v.responses[operationId]!;
  if (!(String(status) in byStatus)) throw new Error(`${operationId} answered ${status}, which the spec does not document`);
  const validate = byStatus[String(status)];
  if (validate === null) {
    if (body !== undefined) throw new Error(`${operationId} ${status} must have no body`);
    return;
  }
  if (!validate!(body)) {
    throw new Error(`${operationId} ${status} body does not match the spec: ${JSON.stringify(validate!.errors?.slice(0, 3))}`);
  }
}

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

export function createApp(core: Core, options: AppOptions = {}): Hono {
  // strict: false — "/v1/images/10/1/" is the same route as "/v1/images/10/1".
  const app = new Hono({ strict: false });
  const validators = options.validateResponses ? loadResponseValidators() : undefined;
  // Avoid an unhandled rejection before the first request awaits it.
  validators?.catch(() => {});

  /** Turns a handler's result or error into a Response, validating it when asked. */
  async function finish(operationId: string | undefined, requestId: string, outcome: OpResult | ApiError): Promise<Response> {
    if (validators) {
      const body =
        outcome instanceof ApiError ? errorBodyOf(outcome, requestId) : outcome.raw !== undefined ? JSON.parse(outcome.raw) : outcome.body;
      const status = outcome instanceof ApiError ? outcome.status : outcome.status;
      try {
        checkResponse(await validators, operationId, status, body);
      } catch (error) {
        return errorResponse(new ApiError(500, "ResponseValidationError", (error as Error).message), requestId);
      }
    }
    return outcome instanceof ApiError ? errorResponse(outcome, requestId) : jsonResponse(outcome, requestId);
  }

  async function runOperation(route: RouteInfo, request: Request, pathParams: Record<string, string>, query: Record<string, string>) {
    const requestId = newRequestId();
    try {
      core.store.syncWithOtherWriters();
      core.worker.pump();
      const principal = authenticate(request.headers.get("authorization"), core.store.directory);
      let body: unknown;
      if (route.hasBody) {
        body = await readJsonBody(request);
        if (body === undefined) throw badRequest("Validation failed: body: is required", { body: ["is required"] });
      }
      const path: Record<string, unknown> = { ...pathParams };
      const q: Record<string, unknown> = { ...query };
      validateParams(route.operationId, path, q);
      if (route.hasBody) validateBody(route.operationId, body);
      const handler = handlers[route.operationId]!;
      const result = handler({ core, principal, path, query: q, body, requestId, headers: request.headers });
      // Answer only once what this request wrote (or read) is committed and synced.
      await core.store.committed();
      return await finish(route.operationId, requestId, result);
    } catch (error) {
      if (error instanceof ApiError) {
        await core.store.committed().catch(() => {});
        return finish(route.operationId, requestId, error);
      }
      // Another process holds the write lock past busy_timeout: retryable, not a server bug.
      if ((error as { code?: string }).code === "SQLITE_BUSY") {
        return errorResponse(new ApiError(503, "ServiceUnavailable", "Database is busy, retry later", undefined, { "retry-after": "1" }), requestId);
      }
      console.error(`[imgctl-emulator] ${route.operationId} failed (request ${requestId}):`, error);
      return finish(route.operationId, requestId, new ApiError(500, "InternalServerError", "Internal server error"));
    }
  }

  app.get("/health", (c) => c.json({ status: "ok" }));
  for (const route of routes) {
    app.on(route.method, route.honoPath, (c) => runOperation(route, c.req.raw, c.req.param() as Record<string, string>, c.req.query()));
  }
  // Unknown path: 404. Known path, other method: 405 with Allow.
  app.notFound(async (c) => {
    const requestId = newRequestId();
    const { allow } = matchRoute(c.req.method, new URL(c.req.url).pathname);
    const error =
      allow.length > 0
        ? new ApiError(405, "HTTPError", `Method ${c.req.method} not allowed`, undefined, { allow: allow.join(", ") })
        : new ApiError(404, "NotFoundError", "The requested URL was not found on the server");
    return finish(undefined, requestId, error);
  });
  app.onError((error) => {
    const requestId = newRequestId();
    console.error(`[imgctl-emulator] unhandled error (request ${requestId}):`, error);
    return errorResponse(new ApiError(500, "InternalServerError", "Internal server error"), requestId);
  });
  return app;
}
