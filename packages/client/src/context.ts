import type { paths } from "@imgctl/types";
import type { Client } from "openapi-fetch";
import { ApiError, MissingParameterError } from "./errors.js";
import type { Send } from "./fetch/send.js";
import type { RequestOptions } from "./options.js";

/** What every resource needs from the client. */
export interface Context {
  readonly raw: Client<paths>;
  readonly send: Send;
  readonly projectId: number | undefined;
  readonly regionId: number | undefined;
  /** The client's per-request timeout (ms), so helpers can cut it to a deadline. */
  readonly timeout: number;
}

/** `project_id` / `region_id` of a call; each falls back to the client default. */
export interface Scope {
  /** @default the client's `projectId` (GCORE_CLOUD_PROJECT_ID) */
  project_id?: number;
  /** @default the client's `regionId` (GCORE_CLOUD_REGION_ID) */
  region_id?: number;
}

/** The path's scope, or a clear error naming both ways to give it. */
export function scope(ctx: Context, params: Scope | undefined): { project_id: number; region_id: number } {
  const project_id = params?.project_id ?? ctx.projectId;
  const region_id = params?.region_id ?? ctx.regionId;
  if (project_id === undefined) throw missing("project_id", "projectId", "GCORE_CLOUD_PROJECT_ID");
  if (region_id === undefined) throw missing("region_id", "regionId", "GCORE_CLOUD_REGION_ID");
  return { project_id, region_id };
}

function missing(param: string, option: string, env: string): MissingParameterError {
  return new MissingParameterError(`${param} is required: pass it, or set ${option} on the client (or ${env})`);
}

/** Splits `{project_id, region_id, ...rest}` into the path scope and the rest (a body or a query). */
export function splitScope<T extends Scope>(ctx: Context, params: T | undefined): [{ project_id: number; region_id: number }, Omit<T, keyof Scope>] {
  const { project_id, region_id, ...rest } = params ?? ({} as T);
  return [scope(ctx, { project_id, region_id }), rest];
}

/**
 * The openapi-fetch options of one call. Per-call `timeout` / `maxRetries` need their own fetch
 * (openapi-fetch forwards only the Request); headers and the signal travel on the Request.
 */
export function callInit(ctx: Context, opts: RequestOptions | undefined) {
  if (!opts) return {};
  const fetch =
    opts.timeout !== undefined || opts.maxRetries !== undefined ? (request: Request) => ctx.send(request, opts) : undefined;
  return { headers: opts.headers, signal: opts.signal, fetch };
}

/** The data of a 2xx answer, or the typed `ApiError` of any other. */
export function unwrap<D>(result: { data?: D; error?: unknown; response: Response }): D {
  const { response } = result;
  if (!response.ok) throw ApiError.from(response.status, result.error, response.headers);
  return result.data as D;
}
