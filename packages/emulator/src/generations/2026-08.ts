// The 2026-08 generation: Gcore's Images API as published on 2026-08-20, over the same store.
// Loaded only by an emulator that speaks it (its validators are ≈ 1 MB of code).
import { specOperations } from "@imgctl/types/2026-08/operations";
import { bodies, loadResponseValidators, params, queryArrays } from "../generated/2026-08/index.js";
import type { Generation, RequestInput } from "../http/generation.js";
import type { OperationId } from "../http/operation-2026-08.js";
import type { OpResult } from "../http/operation.js";
import { createRouter, queryParams } from "../http/router.js";
import { checkBody, checkParams } from "../http/validation.js";
import type { Core } from "../model/core.js";
import { handlers2026 } from "../routes/2026-08/index.js";

function execute<Id extends OperationId>(core: Core, operationId: Id, input: RequestInput): OpResult {
  const request = checkParams(params[operationId], {
    path: { ...input.pathParams },
    query: queryParams(input.url, queryArrays[operationId], true),
  });
  const body = checkBody(bodies[operationId], input.body);
  const ctx = {
    core,
    principal: input.principal,
    path: request.path,
    query: request.query,
    body,
    requestId: input.requestId,
    headers: input.headers,
  };
  return handlers2026[operationId](ctx);
}

const router = createRouter(specOperations);

export const generation2026: Generation<OperationId> = {
  apiVersion: "2026-08",
  matchRoute: router.matchRoute,
  execute: (core, route, input) => execute(core, route.operationId, input),
  loadResponseValidators,
};
