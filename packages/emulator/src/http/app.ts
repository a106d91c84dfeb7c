// The app: every spec operation under /cloud, GET /health, 404/405 for the rest, as one Web
// `fetch` function. Each operation runs the same pipeline: task pump → auth → body → parameter
// and body validation → handler → (optional) response validation against the spec.
import type { ApiVersion } from "@imgctl/types";
import type { Core } from "../model/core.js";
import { readJsonBody } from "./body.js";
import { ApiError, errorResponse } from "./errors.js";
import { API_VERSION_HEADER, type Generation, type GenerationSource, resolveGeneration } from "./generation.js";
import type { OpResult } from "./operation.js";
import { internalError, type OperationInput, operate } from "./operate.js";
import { newRequestId } from "./request-id.js";
import { checkResponse, type ResponseValidators } from "./response-check.js";
import { type Route, routingPath } from "./router.js";

export interface AppOptions {
  validateResponses?: boolean | undefined;
  apiVersion: ApiVersion;
  generation: GenerationSource;
}

export type App = (request: Request) => Promise<Response>;

const HEALTH_PATH = /^\/health\/?$/;

/** What every answer of one app carries besides its own headers: the generation it speaks. */
interface Answering {
  validators: Validators;
  versionHeader: Record<string, string>;
}

function jsonResponse(result: OpResult, requestId: string, versionHeader: Record<string, string>): Response {
  const headers: Record<string, string> = { "x-request-id": requestId, ...versionHeader, ...result.headers };
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
    exception_class: error.exceptionClass,
    message: error.message,
    request_id: requestId,
    ...(error.invalidFields ? { invalid_fields: error.invalidFields } : {}),
  };
}

type Validators = Promise<ResponseValidators> | undefined;

/** Turns a handler's result or error into a Response, validating it first when asked. */
async function finish(
  { validators, versionHeader }: Answering,
  operationId: string | undefined,
  requestId: string,
  outcome: OpResult | ApiError,
): Promise<Response> {
  if (validators) {
    const body =
      outcome instanceof ApiError
        ? errorBodyOf(outcome, requestId)
        : outcome.raw !== undefined
          ? JSON.parse(outcome.raw)
          : outcome.body;
    try {
      checkResponse(await validators, operationId, outcome.status, body);
    } catch (error) {
      return errorResponse(
        new ApiError(500, "ResponseValidationError", (error as Error).message),
        requestId,
        versionHeader,
      );
    }
  }
  return outcome instanceof ApiError
    ? errorResponse(outcome, requestId, versionHeader)
    : jsonResponse(outcome, requestId, versionHeader);
}

async function runOperation(
  core: Core,
  answering: Answering,
  generation: Generation,
  route: Route<string>,
  request: Request,
  pathParams: Record<string, string>,
): Promise<Response> {
  const input: OperationInput = {
    url: request.url,
    authorization: request.headers.get("authorization"),
    headers: request.headers,
    readBody: () => readJsonBody(request),
  };
  const { requestId, outcome, checked } = await operate(core, generation, route, input, pathParams);
  if (checked) return finish(answering, route.operationId, requestId, outcome);
  return outcome instanceof ApiError
    ? errorResponse(outcome, requestId, answering.versionHeader)
    : jsonResponse(outcome, requestId, answering.versionHeader);
}

/** Unknown path: 404. Known path, other method: 405 with Allow. */
function noRoute(answering: Answering, request: Request, allow: string[]): Promise<Response> {
  const error =
    allow.length > 0
      ? new ApiError(405, "HTTPError", `Method ${request.method} not allowed`, undefined, { allow: allow.join(", ") })
      : new ApiError(404, "NotFoundError", "The requested URL was not found on the server");
  return finish(answering, undefined, newRequestId(), error);
}

export function createApp(core: Core, options: AppOptions): App {
  const generation = resolveGeneration(options.generation);
  const versionHeader = { [API_VERSION_HEADER]: options.apiVersion };
  const validators = options.validateResponses ? generation.ready.then((g) => g.loadResponseValidators()) : undefined;
  // Avoid an unhandled rejection before the first request awaits it.
  validators?.catch(() => {});
  const answering: Answering = { validators, versionHeader };

  function route(request: Request, method: string, path: string, g: Generation): Promise<Response> {
    const match = g.matchRoute(method, path);
    return match.route
      ? runOperation(core, answering, g, match.route, request, match.params)
      : noRoute(answering, request, match.allow);
  }

  function dispatch(request: Request, method: string): Promise<Response> {
    const path = routingPath(request);
    if (method === "GET" && HEALTH_PATH.test(path)) {
      return Promise.resolve(
        new Response(JSON.stringify({ status: "ok" }), {
          headers: { "content-type": "application/json", ...versionHeader },
        }),
      );
    }
    const g = generation.now();
    return g
      ? route(request, method, path, g)
      : generation.ready.then((loaded) => route(request, method, path, loaded));
  }

  async function answer(request: Request, method: string): Promise<Response> {
    try {
      return await dispatch(request, method);
    } catch (error) {
      const requestId = newRequestId();
      console.error(`[imgctl-emulator] unhandled error (request ${requestId}):`, error);
      return errorResponse(internalError(), requestId, versionHeader);
    }
  }

  // HEAD is answered as GET without the body.
  return (request) =>
    request.method === "HEAD"
      ? answer(request, "GET").then((response) => new Response(null, response))
      : answer(request, request.method);
}
