// The one router: the spec's operations under the /cloud base path. It picks the operation that
// serves a request, the one a fault rule names, and the methods of a 405's Allow header, so the
// three can never disagree. Paths and query strings are read with Hono's URL helpers (the same
// percent-decoding and "first value wins" rules as a Hono app); a trailing slash is ignored.
import { type OperationId, specOperations } from "@imgctl/types/operations";
import { getPathNoStrict, getQueryParam, tryDecodeURIComponent } from "hono/utils/url";

const BASE_PATH = "/cloud";

export interface Route<Id extends OperationId = OperationId> {
  operationId: Id;
  method: string;
  /** The spec's path, e.g. /v1/images/{project_id}/{region_id}. */
  path: string;
  /** Matches the decoded request path; one named group per path parameter. */
  regex: RegExp;
  hasBody: boolean;
}

export const routes: readonly Route[] = specOperations.map((op) => ({
  operationId: op.operationId,
  method: op.method,
  path: op.path,
  regex: new RegExp(`^${BASE_PATH}${op.path.replace(/\{(\w+)\}/g, "(?<$1>[^/]+)")}/?$`),
  hasBody: op.method === "POST" || op.method === "PUT" || op.method === "PATCH",
}));

/** The request's path, percent-decoded except for reserved characters, without a trailing slash. */
export const routingPath: (request: Request) => string = getPathNoStrict;

interface RouteMatch {
  route: Route;
  /** Path parameters, percent-decoded, not yet validated. */
  params: Record<string, string>;
}

/** The operation for (method, path), or the methods the path has (empty: an unknown path). */
export function matchRoute(method: string, path: string): RouteMatch | { route?: undefined; allow: string[] } {
  for (const route of routes) {
    if (route.method !== method) continue;
    const match = route.regex.exec(path);
    if (match) return { route, params: decodeParams(match.groups) };
  }
  return { allow: routes.filter((r) => r.regex.test(path)).map((r) => r.method) };
}

function decodeParams(groups: Record<string, string> | undefined): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(groups ?? {})) params[name] = tryDecodeURIComponent(value);
  return params;
}

/** Query parameters, the first value of each. */
export function queryParams(url: string): Record<string, string> {
  const all = getQueryParam(url);
  return typeof all === "object" ? { ...all } : {};
}
