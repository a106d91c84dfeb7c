// One API generation as the request pipeline sees it: its router, how it validates a request and
// runs the operation's handler, and its response validators. The pipeline (app.ts, in-process.ts)
// is the same for every generation; what differs is behind this interface, so the seed's modules
// are loaded at start and another generation's only when an emulator speaks it.
import type { ApiVersion } from "@imgctl/types";
import type { Core } from "../model/core.js";
import type { Principal } from "../store/directory.js";
import type { OpResult } from "./operation.js";
import type { ResponseValidators } from "./response-check.js";
import type { Route, RouteLookup } from "./router.js";

/** The response header that names the generation an emulator speaks, on every answer. */
export const API_VERSION_HEADER = "x-imgctl-api-version";

/** A request once authenticated and its body read: what `execute` validates and hands to the handler. */
export interface RequestInput {
  principal: Principal;
  /** Path parameters, percent-decoded, not yet validated. */
  pathParams: Record<string, string>;
  /** The absolute URL (its query string is read with the operation's array parameters). */
  url: string;
  body: unknown;
  requestId: string;
  headers: Headers;
}

export interface Generation<Id extends string = string> {
  readonly apiVersion: ApiVersion;
  readonly matchRoute: RouteLookup<Id>;
  /** Validates the parameters, then the body, and runs the handler (throws an ApiError on bad input). */
  execute(core: Core, route: Route<Id>, input: RequestInput): OpResult;
  loadResponseValidators(): Promise<ResponseValidators>;
}

/** A generation ready to use, or the promise of one whose modules are still loading. */
export type GenerationSource = Generation | Promise<Generation>;

/** Reads a source without waiting once it is loaded: `now()` is the generation or undefined, `ready` settles with it. */
export function resolveGeneration(source: GenerationSource): {
  now(): Generation | undefined;
  ready: Promise<Generation>;
} {
  let current = source instanceof Promise ? undefined : source;
  const ready = Promise.resolve(source).then((g) => (current = g));
  ready.catch(() => {});
  return { now: () => current, ready };
}
