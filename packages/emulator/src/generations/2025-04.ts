// The seed generation (2025-04): the operations, validators and handlers written against the
// April-2025 spec. Loaded with the emulator (it is the default).
import { loadResponseValidators, queryArrays } from "../generated/index.js";
import type { Generation, RequestInput } from "../http/generation.js";
import type { OperationId, OpResult } from "../http/operation.js";
import { matchRoute, queryParams } from "../http/router.js";
import { validateBody, validateParams } from "../http/validation.js";
import type { Core } from "../model/core.js";
import { handlers } from "../routes/index.js";

function execute<Id extends OperationId>(core: Core, operationId: Id, input: RequestInput): OpResult {
  const params = validateParams(operationId, {
    path: { ...input.pathParams },
    query: queryParams(input.url, queryArrays[operationId]),
  });
  const body = validateBody(operationId, input.body);
  const ctx = {
    core,
    principal: input.principal,
    path: params.path,
    query: params.query,
    body,
    requestId: input.requestId,
    headers: input.headers,
  };
  return handlers[operationId](ctx);
}

export const seedGeneration: Generation<OperationId> = {
  apiVersion: "2025-04",
  matchRoute,
  execute: (core, route, input) => execute(core, route.operationId, input),
  loadResponseValidators,
};
