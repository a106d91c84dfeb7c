// The in-process entry without Web Request/Response objects: a plain method, URL, headers and
// body in, status, headers and text out. Touching `Request`, `Response` or `Headers` makes Node
// load its bundled undici (25 ms on a quiet machine, much more on a busy one), and a 1 MB list
// answer costs another ≈ 12 ms through a Response and back; a CLI that talks to the emulator in
// its own process pays both on every start. It runs the same operation as app.ts (operate.ts) and
// the same fault injector; only reading the body and writing the answer are its own, so both
// entries answer alike (a test sends the same requests through both and compares status, headers
// and body).
import type { Core } from "../model/core.js";
import type { AppOptions } from "./app.js";
import { isJsonType, MAX_BODY_BYTES, tooLarge } from "./body.js";
import { ApiError, badRequest, errorReply } from "./errors.js";
import type { FaultInjector } from "./faults.js";
import { API_VERSION_HEADER, type Generation, resolveGeneration } from "./generation.js";
import type { OpResult } from "./operation.js";
import { internalError, type OperationInput, operate } from "./operate.js";
import { newRequestId } from "./request-id.js";
import { checkResponse, type ResponseValidators } from "./response-check.js";
import { type Route, routingPath } from "./router.js";

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
  if ((declared !== undefined && Number(declared) > MAX_BODY_BYTES) || Buffer.byteLength(text) > MAX_BODY_BYTES)
    throw tooLarge();
  if (text === "") return undefined;
  if (!isJsonType(request.headers["content-type"] ?? "text/plain;charset=UTF-8")) {
    throw new ApiError(415, "UnsupportedMediaType", "Content-Type must be application/json");
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw badRequest(`Request body is not valid JSON: ${(error as Error).message}`, { body: ["is not valid JSON"] });
  }
}

function resultReply(result: OpResult, requestId: string, versionHeader: Record<string, string>): PlainResponse {
  const headers: Record<string, string> = { "x-request-id": requestId, ...versionHeader, ...result.headers };
  if (result.raw === undefined && result.body === undefined) return { status: result.status, headers, text: "" };
  headers["content-type"] = "application/json";
  return { status: result.status, headers, text: result.raw ?? JSON.stringify(result.body) };
}

type Validators = Promise<ResponseValidators> | undefined;

/** What every answer of one handler carries besides its own headers: the generation it speaks. */
interface Answering {
  validators: Validators;
  versionHeader: Record<string, string>;
}

async function finish(
  { validators, versionHeader }: Answering,
  operationId: string | undefined,
  requestId: string,
  outcome: OpResult | ApiError,
): Promise<PlainResponse> {
  const reply = () =>
    outcome instanceof ApiError
      ? errorReply(outcome, requestId, versionHeader)
      : resultReply(outcome, requestId, versionHeader);
  if (validators) {
    const answer = reply();
    try {
      checkResponse(
        await validators,
        operationId,
        outcome.status,
        answer.text === "" ? undefined : JSON.parse(answer.text),
      );
    } catch (error) {
      return errorReply(
        new ApiError(500, "ResponseValidationError", (error as Error).message),
        requestId,
        versionHeader,
      );
    }
    return answer;
  }
  return reply();
}

async function runOperation(
  core: Core,
  answering: Answering,
  generation: Generation,
  route: Route<string>,
  request: PlainRequest,
  pathParams: Record<string, string>,
): Promise<PlainResponse> {
  const input: OperationInput = {
    url: request.url,
    authorization: request.headers.authorization ?? null,
    headers: headerReader(request.headers),
    readBody: () => jsonBodyOf(request),
  };
  const { requestId, outcome, checked } = await operate(core, generation, route, input, pathParams);
  if (checked) return finish(answering, route.operationId, requestId, outcome);
  return outcome instanceof ApiError
    ? errorReply(outcome, requestId, answering.versionHeader)
    : resultReply(outcome, requestId, answering.versionHeader);
}

function dispatch(
  core: Core,
  answering: Answering,
  generation: Generation,
  request: PlainRequest,
  method: string,
): Promise<PlainResponse> {
  // The router reads only the URL of what it is given.
  const path = routingPath(request as unknown as Request);
  if (method === "GET" && HEALTH_PATH.test(path)) {
    return Promise.resolve({
      status: 200,
      headers: { "content-type": "application/json", ...answering.versionHeader },
      text: JSON.stringify({ status: "ok" }),
    });
  }
  const match = generation.matchRoute(method, path);
  if (match.route) return runOperation(core, answering, generation, match.route, request, match.params);
  const error =
    match.allow.length > 0
      ? new ApiError(405, "HTTPError", `Method ${method} not allowed`, undefined, { allow: match.allow.join(", ") })
      : new ApiError(404, "NotFoundError", "The requested URL was not found on the server");
  return finish(answering, undefined, newRequestId(), error);
}

async function answer(
  core: Core,
  answering: Answering,
  generation: Generation | Promise<Generation>,
  request: PlainRequest,
  method: string,
): Promise<PlainResponse> {
  try {
    return await dispatch(
      core,
      answering,
      generation instanceof Promise ? await generation : generation,
      request,
      method,
    );
  } catch (error) {
    const requestId = newRequestId();
    console.error(`[imgctl-emulator] unhandled error (request ${requestId}):`, error);
    return errorReply(internalError(), requestId, answering.versionHeader);
  }
}

/** The plain twin of `createApp(core, options)` behind `faults`. */
export function createPlainHandler(core: Core, faults: FaultInjector, options: AppOptions): PlainHandler {
  const source = resolveGeneration(options.generation);
  const versionHeader = { [API_VERSION_HEADER]: options.apiVersion };
  const validators: Validators = options.validateResponses
    ? source.ready.then((g) => g.loadResponseValidators())
    : undefined;
  validators?.catch(() => {});
  const answering: Answering = { validators, versionHeader };
  return (request) => {
    // As the Request constructor does: the standard methods in upper case, others as given.
    const upper = request.method.toUpperCase();
    const method = STANDARD_METHODS.has(upper) ? upper : request.method;
    const plain = { ...request, method };
    const generation = source.now() ?? source.ready;
    return faults.around(plain, undefined, {
      // HEAD is answered as GET without the body.
      next: () =>
        method === "HEAD"
          ? answer(core, answering, generation, plain, "GET").then((r) => ({ ...r, text: "" }))
          : answer(core, answering, generation, plain, method),
      drain: async () => {},
      error: (error) => errorReply(error, newRequestId(), versionHeader),
      dropped: () => ({ status: 499, headers: {}, text: "" }),
    });
  };
}
