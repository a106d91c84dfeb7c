import type { operations, paths } from "@imgctl/types";
import { createFinalURL, defaultPathSerializer, type Client } from "openapi-fetch";
import { checkGeneration, type ApiVersion } from "./api-version.js";
import { ApiError, MissingParameterError, NotInApiVersionError } from "./errors.js";
import { retried, type Send } from "./fetch/send.js";
import type { RequestOptions } from "./options.js";

/** `project_id` / `region_id` of a call; each falls back to the client default. */
export interface Scope {
  /** @default the client's `projectId` (GCORE_CLOUD_PROJECT_ID) */
  project_id?: number;
  /** @default the client's `regionId` (GCORE_CLOUD_REGION_ID) */
  region_id?: number;
}

type WireListQuery = NonNullable<operations["imagesList"]["parameters"]["query"]>;

/** The list filters as callers write them: arrays and objects instead of JSON strings. */
export interface ImageFilters {
  /** Only this visibility. */
  visibility?: WireListQuery["visibility"];
  /** Only images that have every one of these metadata keys. Sent as `metadata_k=["a","b"]`. */
  metadata_k?: readonly string[];
  /** Only images whose metadata has all of these pairs. Sent as `metadata_kv={"env":"prod"}`. */
  metadata_kv?: Readonly<Record<string, string>>;
  /** Add the price fields to each image. */
  include_prices?: boolean;
}

/**
 * One resource method as a table entry: `"METHOD /path/{template} ARGS"`. `~` stands for
 * `/v1/images/{project_id}/{region_id}`. Each letter of ARGS is one positional argument, in order
 * (the optional `RequestOptions` always comes last):
 * - `p` the path parameter of the template's last `{placeholder}` (image, task or reseller id)
 * - `k` a metadata key, sent as `?key=`
 * - `b` the request body
 * - `q` the query parameters, as given
 * - `S` / `Q` / `B` / `F` the params object: its `project_id` / `region_id` (else the client
 *   defaults) fill the path scope, and the rest is dropped (`S`), sent as the query (`Q`), sent
 *   as the body (`B`), or sent as the image list filters of the client's generation (`F`, see
 *   {@link ImageFilters}; the 2026-08 ones in `resources/images-2026-08.ts`).
 *
 * One generic caller instead of a body per method keeps the runtime small; the typed surface is
 * each resource's interface (types are erased).
 */
type Table = Record<string, string>;

/** What every resource needs from the client. */
export interface Context {
  /** The methods of one resource, from its table (see {@link Table}). */
  resource<T>(table: Table): T;
  /** The client's per-request timeout (ms), so helpers can cut it to a deadline. */
  readonly timeout: number;
  /** The API generation the client speaks. */
  readonly apiVersion: ApiVersion;
}

type Query = Record<string, unknown>;
type Request = (
  method: string,
  path: string,
  init: object,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

export function createContext(
  raw: Client<paths>,
  send: Send,
  defaults: {
    baseUrl: string;
    projectId?: number | undefined;
    regionId?: number | undefined;
    timeout: number;
    apiVersion: ApiVersion;
  },
  /** The middleware registered on `raw` (mirrored by the client). */
  middleware: readonly unknown[],
  /** openapi-fetch's base headers: the client's `headers` and auth, lower case. */
  baseHeaders: Record<string, string>,
  /** openapi-fetch's query serializer, so that both ways send the same query. */
  querySerializer: (query: Query) => string,
): Context {
  // openapi-fetch's generic `request` with a loose type: the typed surface is the resources'.
  const request = raw.request as unknown as Request;

  // One API call: the 2xx data, or a thrown `ApiError`. Async, so a missing parameter rejects like
  // every other failure. With `client.use()` middleware it goes through openapi-fetch, which shows
  // the middleware a Request; without, it builds the same URL, headers and body itself and hands
  // them to the transport as they are (no Request, see Draft).
  async function call(method: string, path: string, name: string, args: string, values: unknown[]): Promise<unknown> {
    const params: { path: Query; query?: Query } = { path: {} };
    let body: unknown;
    let i = 0;
    for (const kind of args) {
      const value = values[i++] as never;
      if (kind === "p") params.path[name] = value;
      else if (kind === "k") params.query = { key: value };
      else if (kind === "b") body = value;
      else if (kind === "q") params.query = value;
      else {
        const { project_id, region_id, ...rest }: Scope & Query = value ?? {};
        params.path.project_id = project_id ?? defaults.projectId ?? missing("project_id", "projectId", "PROJECT");
        params.path.region_id = region_id ?? defaults.regionId ?? missing("region_id", "regionId", "REGION");
        if (kind === "B") body = rest;
        else if (kind !== "S") params.query = kind === "Q" ? rest : filters(rest, defaults.apiVersion);
      }
    }
    const opts = values[i] as RequestOptions | undefined;
    if (!middleware.length) {
      // openapi-fetch's own URL building, so both ways send the same URL.
      const url = createFinalURL(path, {
        baseUrl: defaults.baseUrl,
        params,
        querySerializer,
        pathSerializer: defaultPathSerializer,
      });
      // openapi-fetch's precedence: content-type, then the client's headers, then the call's.
      const headers: Record<string, string> =
        body === undefined ? { ...baseHeaders } : { "content-type": "application/json", ...baseHeaders };
      for (const k in opts?.headers) headers[k.toLowerCase()] = opts.headers[k]!;
      // The body comes read: the timeout covered it.
      const { response, text } = await send(
        { url, method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: opts?.signal },
        opts,
      );
      // openapi-fetch's parsing: JSON, nothing for an empty body, the text for a non-JSON error.
      if (response.ok) {
        const data = text ? JSON.parse(text) : undefined;
        checkGeneration(defaults.apiVersion, response.headers, data);
        return data;
      }
      checkGeneration(defaults.apiVersion, response.headers);
      let error: unknown = text;
      try {
        error = JSON.parse(text);
      } catch {}
      throw apiError(response, error);
    }
    const { data, error, response } = await request(method, path, {
      params,
      body,
      headers: opts?.headers,
      signal: opts?.signal,
      // Per-call timeout / retries need their own fetch: openapi-fetch hands over only the Request.
      fetch:
        opts && (opts.timeout !== undefined || opts.maxRetries !== undefined)
          ? (r: globalThis.Request) => send(r, opts)
          : undefined,
    });
    checkGeneration(defaults.apiVersion, response.headers, data);
    if (!response.ok) throw apiError(response, error);
    return data;
  }

  return {
    timeout: defaults.timeout,
    apiVersion: defaults.apiVersion,
    resource<T>(table: Table): T {
      const methods: Record<string, unknown> = {};
      for (const name in table) {
        const [method, template, args = ""] = table[name]!.split(" ") as [string, string, string?];
        const path = template.replace("~", "/v1/images/{project_id}/{region_id}");
        // The last path parameter, the one a call's first value fills (every templated table path has one).
        const param = (/.*\{(\w+)/.exec(path) ?? [])[1]!;
        methods[name] = (...values: unknown[]) => call(method, path, param, args, values);
      }
      return methods as T;
    },
  };
}

const afterRetry = new WeakSet<ApiError>();

function apiError(response: Response, body: unknown): ApiError {
  const error = ApiError.from(response.status, body, response.headers);
  if (retried.has(response)) afterRetry.add(error);
  return error;
}

/**
 * Whether an error answered a retry of its call, so that an earlier attempt may have done what
 * was asked (its answer lost): a retried DELETE that finds the image gone gets a 404.
 */
export function answeredRetry(error: unknown): boolean {
  return afterRetry.has(error as ApiError);
}

function missing(param: string, option: string, env: string): never {
  throw new MissingParameterError(
    `${param} is required: pass it, or set ${option} on the client (or GCORE_CLOUD_${env}_ID)`,
  );
}

// The filters only one generation has: a server of the other would ignore them (or refuse them),
// and a list that was meant to be filtered would come back whole.
const ONLY_IN: Record<ApiVersion, string[]> = {
  "2025-04": ["metadata_k", "metadata_kv"],
  "2026-08": ["tag_key", "tag_key_value", "limit", "offset", "name", "os_distro", "os_version", "architecture"],
};

/**
 * The wire form of the list filters. `private` is a flag that any value turns on (so `false`
 * leaves it out; openapi-fetch skips undefined values). 2025-04 takes `metadata_k` /
 * `metadata_kv` as JSON in the query string; 2026-08 takes `tag_key` as repeated keys and
 * `tag_key_value` as a JSON object in one value.
 */
function filters(q: Query, version: ApiVersion): Query {
  const other: ApiVersion = version === "2025-04" ? "2026-08" : "2025-04";
  for (const name of ONLY_IN[other]) {
    if (q[name] !== undefined)
      throw new NotInApiVersionError(`The list filter ${name} is ${other} only; this client speaks ${version}`);
  }
  q.private = q.private ? "true" : undefined;
  if (q.metadata_k) q.metadata_k = JSON.stringify(q.metadata_k);
  if (q.metadata_kv) q.metadata_kv = JSON.stringify(q.metadata_kv);
  if (typeof q.tag_key === "string") q.tag_key = [q.tag_key];
  if (q.tag_key_value && typeof q.tag_key_value === "object") q.tag_key_value = JSON.stringify(q.tag_key_value);
  return q;
}
