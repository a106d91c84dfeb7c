// Matches a pathname against the spec's operations (for faults, 404 vs 405 + Allow, and the
// handler table). Paths are the spec's, under the /cloud base path.
import { operations } from "./generated/operations.js";

export const BASE_PATH = "/cloud";

export interface RouteInfo {
  operationId: string;
  method: string;
  path: string;
  /** Hono-style path, e.g. /cloud/v1/images/:project_id/:region_id */
  honoPath: string;
  regex: RegExp;
  hasBody: boolean;
}

export const routes: RouteInfo[] = operations.map((op) => ({
  operationId: op.operationId,
  method: op.method,
  path: op.path,
  honoPath: BASE_PATH + op.path.replace(/\{(\w+)\}/g, ":$1"),
  regex: new RegExp(`^${BASE_PATH}${op.path.replace(/\{\w+\}/g, "[^/]+")}/?$`),
  hasBody: op.method === "POST" || op.method === "PUT" || op.method === "PATCH",
}));

export function matchRoute(method: string, pathname: string): { route?: RouteInfo; allow: string[] } {
  const allow: string[] = [];
  let route: RouteInfo | undefined;
  for (const r of routes) {
    if (!r.regex.test(pathname)) continue;
    allow.push(r.method);
    if (r.method === method) route = r;
  }
  return { route, allow };
}
