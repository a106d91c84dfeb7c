import type { paths } from "@imgctl/types";
import type { Client } from "openapi-fetch";
import { ApiError, MissingParameterError } from "./errors.js";
import type { Send } from "./fetch/send.js";
import type { RequestOptions } from "./options.js";

/** `project_id` / `region_id` of a call; each falls back to the client default. */
export interface Scope {
  /** @default the client's `projectId` (GCORE_CLOUD_PROJECT_ID) */
  project_id?: number;
  /** @default the client's `regionId` (GCORE_CLOUD_REGION_ID) */
  region_id?: number;
}

type Params = { path?: Record<string, unknown>; query?: Record<string, unknown> | undefined };

/** What every resource needs from the client. */
export interface Context {
  /**
   * One API call through openapi-fetch (so `client.use()` middleware sees it): the 2xx data, or a
   * thrown `ApiError`. The resources' public signatures carry the spec's types; this stays generic.
   */
  call<T>(method: string, path: string, params: Params, opts: RequestOptions | undefined, body?: unknown): Promise<T>;
  /** The path scope (`project_id`, `region_id`, and `image_id` when given), or a clear error. */
  scope(params: Scope | undefined, imageId?: string): Record<string, unknown>;
  /** The client's per-request timeout (ms), so helpers can cut it to a deadline. */
  readonly timeout: number;
}

export function createContext(raw: Client<paths>, send: Send, defaults: { projectId?: number | undefined; regionId?: number | undefined; timeout: number }): Context {
  // openapi-fetch's generic `request` with a loose type: the typed surface is the resources'.
  const request = raw.request as unknown as (method: string, path: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
  return {
    timeout: defaults.timeout,
    async call(method, path, params, opts, body) {
      const { data, error, response } = await request(method, path, {
        params,
        body,
        headers: opts?.headers,
        signal: opts?.signal,
        // Per-call timeout / retries need their own fetch: openapi-fetch hands over only the Request.
        fetch: opts && (opts.timeout !== undefined || opts.maxRetries !== undefined) ? (r: Request) => send(r, opts) : undefined,
      });
      if (!response.ok) throw ApiError.from(response.status, error, response.headers);
      return data as never;
    },
    scope(params, imageId) {
      const project_id = params?.project_id ?? defaults.projectId;
      const region_id = params?.region_id ?? defaults.regionId;
      if (project_id === undefined) throw missing("project_id", "projectId", "PROJECT");
      if (region_id === undefined) throw missing("region_id", "regionId", "REGION");
      return imageId === undefined ? { project_id, region_id } : { project_id, region_id, image_id: imageId };
    },
  };
}

function missing(param: string, option: string, env: string): MissingParameterError {
  return new MissingParameterError(`${param} is required: pass it, or set ${option} on the client (or GCORE_CLOUD_${env}_ID)`);
}

/** The params without the path scope: what goes into a body or a query string. */
export function withoutScope<T extends Scope>(params: T | undefined): Omit<T, keyof Scope> {
  const { project_id, region_id, ...rest } = params ?? ({} as T);
  return rest;
}
