// What an operation handler receives and returns, typed from the spec: the path, query and body
// of operation `Id` are the generated `operations[Id]` types, so a change to a request in spec/
// shows up as a type error in the handler that reads it. Handlers are synchronous: better-sqlite3
// is, so each write runs start to end without interleaving with another request.
import type { OperationId, operations } from "@imgctl/types";
import type { Core } from "../model/core.js";
import type { Principal } from "../store/directory.js";

export type { OperationId };

type ParametersOf<Id extends OperationId> = operations[Id]["parameters"];

/** Path parameters of an operation, validated and coerced (numbers are numbers). */
type PathParams<Id extends OperationId> = ParametersOf<Id> extends { path: infer P } ? P : Record<string, never>;

/** Query parameters of an operation (the first value of each; every value of an array parameter), validated and coerced. */
type QueryParams<Id extends OperationId> = [NonNullable<ParametersOf<Id>["query"]>] extends [never]
  ? Record<string, never>
  : NonNullable<ParametersOf<Id>["query"]>;

/** The JSON request body of an operation; `undefined` for an operation without one. */
export type RequestBody<Id extends OperationId> = [NonNullable<operations[Id]["requestBody"]>] extends [never]
  ? undefined
  : NonNullable<operations[Id]["requestBody"]> extends { content: { "application/json": infer B } }
    ? B
    : undefined;

/** Parameters as the generated validators see them: one object with a `path` and a `query` group. */
export interface RequestParams<Id extends OperationId> {
  path: PathParams<Id>;
  query: QueryParams<Id>;
}

export interface OpContext<Id extends OperationId> {
  core: Core;
  principal: Principal;
  path: PathParams<Id>;
  query: QueryParams<Id>;
  body: RequestBody<Id>;
  requestId: string;
  headers: Headers;
}

export interface OpResult {
  status: number;
  body?: unknown;
  /** The body already serialized as JSON (large lists); takes precedence over `body`. */
  raw?: string;
  headers?: Record<string, string>;
}

export type OpHandler<Id extends OperationId> = (ctx: OpContext<Id>) => OpResult;

/** One handler per operation of the spec: a missing or extra operation is a type error. */
export type HandlerTable = { readonly [Id in OperationId]: OpHandler<Id> };
