// GET /v1/images, /v1/projectimages and /v1/bmimages: the visible (or own) images of a project in
// a region, filtered by visibility, private, metadata_k, metadata_kv; include_prices adds the
// prices. The image lists hold the images that are not bare metal, /v1/bmimages the bare-metal
// ones, so a client that lists both sees each image once.
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
  if (!check(value))
    throw badRequest(`Validation failed: ${name}: must be ${expected}`, { [name]: [`must be ${expected}`] });
  return value;
}
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
const isStringMap = (v: unknown): v is Record<string, string> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === "string");

type ListContext = OpContext<"imagesList"> | OpContext<"imagesListOwned"> | OpContext<"baremetalImagesList">;

/** /v1/projectimages takes the filters of /v1/images except `private`, which it implies. */
function listImages(
  ctx: ListContext,
  ownedOnly: boolean,
  baremetal: boolean,
  looked = false,
): { status: number; raw: string } {
  const { store } = ctx.core;
  const q = ctx.query;
  const scope = projectScope(store, ctx.principal, ctx.path.project_id, ctx.path.region_id);
  const keys =
    q.metadata_k === undefined
      ? undefined
      : parseJsonParam("metadata_k", q.metadata_k, isStringArray, "a JSON array of strings");
  const pairs =
    q.metadata_kv === undefined
      ? undefined
      : parseJsonParam("metadata_kv", q.metadata_kv, isStringMap, "a JSON object of strings");
  // `private` (any value, even empty) = the project's own images only, like /v1/projectimages.
  const own = ownedOnly || ("private" in q && q.private !== undefined);
  const refs = own
    ? store.images.listOwn(scope.projectId, scope.regionId)
    : store.images.listVisible(scope.projectId, scope.regionId, scope.limit, scope.sharedIn);
  const docs = ctx.core.docs.getMany(refs);
  const parts: string[] = [];
  const settling: string[] = [];
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i]!;
    const doc = docs[i];
    if (!doc || doc.isBaremetal !== baremetal) continue;
    if (q.visibility !== undefined && doc.visibility !== q.visibility) continue;
    // doc.items parses the metadata: only when a filter or the prices need it.
    if (keys && !keys.every((k) => doc.items.some((i) => i.key === k))) continue;
    if (pairs && !Object.entries(pairs).every(([k, v]) => doc.items.some((i) => i.key === k && i.value === v)))
      continue;
    if (doc.settling) settling.push(ref.id);
    parts.push(
      q.include_prices === true
        ? JSON.stringify(imageView(store.images.get(ref.id)!, scope.regionName, true, doc.items))
        : doc.json,
    );
  }
  // Listing an uploaded image that is still saving is a look at it (see TaskWorker.settle): when
  // that made one active, list again so that the answer shows what the look did.
  if (!looked && settling.map((id) => ctx.core.worker.settle(id)).some(Boolean))
    return listImages(ctx, ownedOnly, baremetal, true);
  return { status: 200, raw: `{"count":${parts.length},"results":[${parts.join(",")}]}` };
}

export const imagesList: OpHandler<"imagesList"> = (ctx) => listImages(ctx, false, false);
export const imagesListOwned: OpHandler<"imagesListOwned"> = (ctx) => listImages(ctx, true, false);
export const baremetalImagesList: OpHandler<"baremetalImagesList"> = (ctx) => listImages(ctx, false, true);
