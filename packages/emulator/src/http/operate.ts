// One operation, whatever carries it: task pump → auth → body → parameter and body validation →
// handler, with the store's commit awaited and errors classified. The Web `fetch` entry (app.ts)
// and the plain in-process entry (in-process.ts) differ only in how they read a body and write
// the answer, so both run this.
import type { Core } from "../model/core.js";
import { authenticate } from "./auth.js";
import { ApiError, badRequest } from "./errors.js";
import type { Generation } from "./generation.js";
import type { OpResult } from "./operation.js";
import { newRequestId } from "./request-id.js";
import type { Route } from "./router.js";

/** The parts of a request an operation reads, from a Web Request or a plain one. */
export interface OperationInput {
  url: string;
  authorization: string | null;
  headers: Headers;
  /** The parsed JSON body, undefined when there is none; throws the 4xx of a bad body. */
  readBody(): unknown;
}

export interface Operated {
  requestId: string;
  outcome: OpResult | ApiError;
  /** False for a busy database: answered as is, not checked against the spec. */
  checked: boolean;
}

export const internalError = () => new ApiError(500, "InternalServerError", "Internal server error");

export async function operate(
  core: Core,
  generation: Generation,
  route: Route<string>,
  input: OperationInput,
  pathParams: Record<string, string>,
): Promise<Operated> {
  const requestId = newRequestId();
  try {
    core.store.syncWithOtherWriters();
    core.worker.pump();
    const principal = authenticate(input.authorization, core.store.directory);
    let body: unknown;
    if (route.hasBody) {
      const read = input.readBody();
      body = read instanceof Promise ? await read : read;
      if (body === undefined) throw badRequest("Validation failed: body: is required", { body: ["is required"] });
    }
    const outcome = generation.execute(core, route, {
      principal,
      pathParams,
      url: input.url,
      body,
      requestId,
      headers: input.headers,
    });
    // Answer only once what this request wrote (or read) is committed and synced.
    await core.store.committed();
    return { requestId, outcome, checked: true };
  } catch (error) {
    if (error instanceof ApiError) {
      await core.store.committed().catch(() => {});
      return { requestId, outcome: error, checked: true };
    }
    // Another process holds the write lock past busy_timeout: retryable, not a server bug.
    if ((error as { code?: string }).code === "SQLITE_BUSY") {
      const busy = new ApiError(503, "ServiceUnavailable", "Database is busy, retry later", undefined, {
        "retry-after": "1",
      });
      return { requestId, outcome: busy, checked: false };
    }
    console.error(`[imgctl-emulator] ${route.operationId} failed (request ${requestId}):`, error);
    return { requestId, outcome: internalError(), checked: true };
  }
}
