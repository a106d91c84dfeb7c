// What a 2026-08 operation handler receives: the path, query and body of operation `Id` typed from
// the 2026-08 spec (`@imgctl/types/2026-08`), as operation.ts does for the seed generation.
import type { OperationId } from "@imgctl/types/2026-08";
import type { RequestBody, RequestParams } from "../generated/2026-08/index.js";
import type { Core } from "../model/core.js";
import type { Principal } from "../store/directory.js";
import type { OpResult } from "./operation.js";

export type { OperationId };

export interface OpContext<Id extends OperationId> {
  core: Core;
  principal: Principal;
  path: RequestParams<Id>["path"];
  query: RequestParams<Id>["query"];
  body: RequestBody<Id>;
  requestId: string;
  headers: Headers;
}

export type OpHandler<Id extends OperationId> = (ctx: OpContext<Id>) => OpResult;

/** One handler per operation of the 2026-08 spec: a missing or extra operation is a type error. */
export type HandlerTable = { readonly [Id in OperationId]: OpHandler<Id> };
