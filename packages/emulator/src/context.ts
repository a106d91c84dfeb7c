// What an operation handler receives and returns. Handlers are synchronous: better-sqlite3 is,
// so each write runs start to end without interleaving with another request.
import type { ImageDocCache } from "./image-cache.js";
import type { Principal } from "./store/directory.js";
import type { Store } from "./store/index.js";
import type { Clock, TaskWorker } from "./tasks.js";

export interface Core {
  store: Store;
  worker: TaskWorker;
  clock: Clock;
  docs: ImageDocCache;
}

export interface OpContext {
  core: Core;
  principal: Principal;
  /** Path parameters, validated and coerced. */
  path: Record<string, unknown>;
  /** Query parameters (first value of each), validated and coerced. */
  query: Record<string, unknown>;
  body: unknown;
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

export type OpHandler = (ctx: OpContext) => OpResult;
