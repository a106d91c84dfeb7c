// GET /v1/images and /v1/projectimages: the visible (or own) images of a project in a region,
// filtered by visibility, private, metadata_k, metadata_kv; include_prices adds the prices.
import { badRequest } from "../http/errors.js";
import type { OpContext, OpHandler } from "../http/operation.js";
import { projectScope } from "../model/access.js";
import { imageView } from "../model/view.js";

function parseJsonParam<T>(name: string, raw: string, check: (v: unknown) => v is T, expected: string): T {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw badRequest(`Validation failed: ${name}: must be ${expected}`, { [name]: [`must be ${expected}`] });
  }
  if (!check(value)) throw badRequest(`Validation failed: ${name}: must be ${expected}`, { [name]: [`must be ${expected}`] });
  return value;
}
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
const isStringMap = (v: unknown): v is Record<string, string> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === "string");

/** /v1/projectimages takes the filters of /v1/images except `private`, which it implies. */
function listImages(ctx: OpContext<"imagesList"> | OpContext<"imagesListOwned">, ownedOnly: boolean) {
  const { store } = ctx.core;
  const q = ctx.query;
  const scope = projectScope(store, ctx.principal, ctx.path.project_id, ctx.path.region_id);
  const keys = q.metadata_k === undefined ? undefined : parseJsonParam("metadata_k", q.metadata_k, isStringArray, "a JSON array of strings");
  const pairs = q.metadata_kv === undefined ? undefined : parseJsonParam("metadata_kv", q.metadata_kv, isStringMap, "a JSON object of strings");
  // `private` (any value, even empty) = the project's own images only, like /v1/projectimages.
  const own = ownedOnly || ("private" in q && q.private !== undefined);
  const refs = own ? store.images.listOwn(scope.projectId, scope.regionId) : store.images.listVisible(scope.projectId, scope.regionId, scope.limit, scope.sharedIn);
  const docs = ctx.core.docs.getMany(refs);
  const parts: string[] = [];
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i]!;
    const doc = docs[i];
    if (!doc) continue;
    if (q.visibility !== undefined && doc.visibility !== q.visibility) continue;
    // doc.items parses the metadata: only when a filter or the prices need it.
    if (keys && !keys.every((k) => doc.items.some((i) => i.key === k))) continue;
    if (pairs && !Object.entries(pairs).every(([k, v]) => doc.items.some((i) => i.key === k && i.value === v))) continue;
    parts.push(q.include_prices === true ? JSON.stringify(imageView(store.images.get(ref.id)!, scope.regionName, true, doc.items)) : doc.json);
  }
  return { status: 200, raw: `{"count":${parts.length},"results":[${parts.join(",")}]}` };
}

export const imagesList: OpHandler<"imagesList"> = (ctx) => listImages(ctx, false);
export const imagesListOwned: OpHandler<"imagesListOwned"> = (ctx) => listImages(ctx, true);

