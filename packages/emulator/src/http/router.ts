// The one router: the spec's operations under the /cloud base path. It picks the operation that
// serves a request, the one a fault rule names, and the methods of a 405's Allow header, so the
// three can never disagree. Paths and query strings are read with Hono's URL helpers (the same
// percent-decoding and "first value wins" rules as a Hono app); a trailing slash is ignored.
// A path with a literal segment wins over a template that would also match it, as OpenAPI says:
// POST /v1/tasks/acknowledge_all is not GET /v1/tasks/{task_id} with a bad id.
import { type OperationId, specOperations } from "@imgctl/types/operations";
import { getPathNoStrict, getQueryParams, tryDecodeURIComponent } from "hono/utils/url";

const BASE_PATH = "/cloud";

export interface Route<Id extends string = OperationId> {
  operationId: Id;
  method: string;
  /** The spec's path, e.g. /v1/images/{project_id}/{region_id}. */
  path: string;
  /** Matches the decoded request path; one named group per path parameter. */
  regex: RegExp;
  hasBody: boolean;
}

/** An operation as the generated operation lists describe it. */
export interface SpecOperation<Id extends string> {
  operationId: Id;
  method: string;
  path: string;
  requestBody: boolean;
}

function routeOf<Id extends string>(op: SpecOperation<Id>): Route<Id> {
  return {
    operationId: op.operationId,
    method: op.method,
    path: op.path,
    regex: new RegExp(`^${BASE_PATH}${op.path.replace(/\{(\w+)\}/g, "(?<$1>[^/]+)")}/?$`),
    hasBody: op.requestBody,
  };
}

/** Whether each segment of a template is a parameter: a literal (false) sorts before a parameter. */
const kinds = (path: string) => path.split("/").map((segment) => segment.startsWith("{"));

/** Most specific first: at the first segment where one template has a literal and the other a
 * parameter, the literal one (a total order, so that sorting is well defined). */
function bySpecificity(a: Route<string>, b: Route<string>): number {
  const ka = kinds(a.path);
  const kb = kinds(b.path);
  for (let i = 0; i < Math.min(ka.length, kb.length); i++) if (ka[i] !== kb[i]) return ka[i] ? 1 : -1;
  return ka.length - kb.length || a.path.localeCompare(b.path);
}

/** What a path shows before any regex runs: its number of segments and its resource (`images`, `tasks`…). */
function groupKey(path: string): string {
  const end = path.length > 1 && path.endsWith("/") ? path.length - 1 : path.length;
  let slashes = 0;
  let start = -1;
  let stop = end;
  for (let i = 0; i < end; i++) {
    if (path.charCodeAt(i) !== 47) continue;
    slashes++;
    if (slashes === 3) start = i + 1;
    else if (slashes === 4) stop = i;
  }
  return `${slashes + 1}:${start < 0 ? "" : path.slice(start, stop)}`;
}

/** The request's path, percent-decoded except for reserved characters, without a trailing slash. */
export const routingPath: (request: Request) => string = getPathNoStrict;

interface RouteMatch<Id extends string = OperationId> {
  route: Route<Id>;
  /** Path parameters, percent-decoded, not yet validated. */
  params: Record<string, string>;
}

export type RouteLookup<Id extends string = OperationId> = (
  method: string,
  path: string,
) => RouteMatch<Id> | { route?: undefined; allow: string[] };

export interface Router<Id extends string> {
  routes: readonly Route<Id>[];
  /** The operation for (method, path), or the methods the path has (empty: an unknown path). Only the
   * most specific template that matches the path counts, for the operation and for the 405's Allow. */
  matchRoute: RouteLookup<Id>;
}

/** The router of one API generation's operations. */
export function createRouter<Id extends string>(operations: readonly SpecOperation<Id>[]): Router<Id> {
  const routes = operations.map(routeOf);
  // The routes by group key, most specific template first: a request tries a handful of regexes.
  const groups = new Map<string, Route<Id>[]>();
  for (const route of [...routes].sort(bySpecificity)) {
    const key = groupKey(BASE_PATH + route.path);
    groups.set(key, [...(groups.get(key) ?? []), route]);
  }
  const matchRoute: RouteLookup<Id> = (method, path) => {
    const candidates = groups.get(groupKey(path)) ?? [];
    for (const best of candidates) {
      const match = best.regex.exec(path);
      if (!match) continue;
      // The routes of one template share its regex, so the match holds the parameters of each.
      const route = best.method === method ? best : candidates.find((r) => r.path === best.path && r.method === method);
      if (!route) return { allow: candidates.filter((r) => r.path === best.path).map((r) => r.method) };
      return { route, params: decodeParams(match.groups) };
    }
    return { allow: [] };
  };
  return { routes, matchRoute };
}

/** The seed generation's (2025-04) router. */
const seedRouter = createRouter(specOperations);
export const routes: readonly Route[] = seedRouter.routes;
export const matchRoute: RouteLookup = seedRouter.matchRoute;

function decodeParams(groups: Record<string, string> | undefined): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(groups ?? {})) params[name] = tryDecodeURIComponent(value);
  return params;
}

/**
 * Query parameters: the first value of each, except the operation's array parameters, which get
 * every value of every repeated key (`?state=NEW&state=RUNNING`), comma-separated values split too
 * (`?state=NEW,RUNNING`, as the seed-era Go SDK sent arrays); none of their items can hold a comma.
 * Empty items are dropped unless `keepEmptyItems` (2026-08: `?tag_key=` is a 400, not a filter
 * that matches every image).
 */
export function queryParams(
  url: string,
  arrays: readonly string[] = [],
  keepEmptyItems = false,
): Record<string, string | string[]> {
  // fromEntries defines own properties whatever the name (`__proto__` is a parameter like any other).
  const all = getQueryParams(url);
  if (typeof all !== "object" || Array.isArray(all)) return {};
  return Object.fromEntries(
    Object.entries(all).map(([name, values]) =>
      arrays.includes(name)
        ? [name, values.flatMap((v) => v.split(",")).filter((v) => keepEmptyItems || v !== "")]
        : [name, values[0]!],
    ),
  );
}
