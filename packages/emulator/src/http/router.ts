// The one router: the spec's operations under the /cloud base path. It picks the operation that
// serves a request, the one a fault rule names, and the methods of a 405's Allow header, so the
// three can never disagree. Paths and query strings are read with Hono's URL helpers (the same
// percent-decoding and "first value wins" rules as a Hono app); a trailing slash is ignored.
// A path with a literal segment wins over a template that would also match it, as OpenAPI says:
// POST /v1/tasks/acknowledge_all is not GET /v1/tasks/{task_id} with a bad id.
import { type OperationId, specOperations } from "@imgctl/types/operations";
import { getPathNoStrict, getQueryParams, tryDecodeURIComponent } from "hono/utils/url";

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
  hasBody: op.requestBody,
}));

/** Orders two path templates that match the same request: at the first segment where one has a
 * literal and the other a parameter, the literal one comes first. */
function moreSpecific(a: string, b: string): number {
  const sa = a.split("/");
  const sb = b.split("/");
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    const pa = sa[i]!.startsWith("{");
    const pb = sb[i]!.startsWith("{");
    if (pa !== pb) return pa ? 1 : -1;
  }
  return 0;
}

/** The request's path, percent-decoded except for reserved characters, without a trailing slash. */
export const routingPath: (request: Request) => string = getPathNoStrict;

interface RouteMatch {
  route: Route;
  /** Path parameters, percent-decoded, not yet validated. */
  params: Record<string, string>;
}

/** The operation for (method, path), or the methods the path has (empty: an unknown path). Only the
 * most specific template that matches the path counts, for the operation and for the 405's Allow. */
export function matchRoute(method: string, path: string): RouteMatch | { route?: undefined; allow: string[] } {
  const matching = routes.filter((r) => r.regex.test(path));
  if (matching.length === 0) return { allow: [] };
  const best = matching.reduce((a, b) => (moreSpecific(b.path, a.path) < 0 ? b : a)).path;
  const forPath = matching.filter((r) => r.path === best);
  const route = forPath.find((r) => r.method === method);
  if (!route) return { allow: forPath.map((r) => r.method) };
  return { route, params: decodeParams(route.regex.exec(path)!.groups) };
}

function decodeParams(groups: Record<string, string> | undefined): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(groups ?? {})) params[name] = tryDecodeURIComponent(value);
  return params;
}

/**
 * Query parameters: the first value of each, except the operation's array parameters, which get
 * every value of every repeated key (`?state=NEW&state=RUNNING`), comma-separated values split too
 * (`?state=NEW,RUNNING`, as the seed-era Go SDK sent arrays); none of their items can hold a comma.
 */
export function queryParams(url: string, arrays: readonly string[] = []): Record<string, string | string[]> {
  // fromEntries defines own properties whatever the name (`__proto__` is a parameter like any other).
  const all = getQueryParams(url);
  if (typeof all !== "object" || Array.isArray(all)) return {};
  return Object.fromEntries(
    Object.entries(all).map(([name, values]) =>
      arrays.includes(name) ? [name, values.flatMap((v) => v.split(",")).filter((v) => v !== "")] : [name, values[0]!],
    ),
  );
}
