// 2026-08 lists: GET /v1/images, /v1/projectimages and /v1/bmimages. The same images as the seed's
// lists (store/visibility rules), filtered by visibility, private, tag_key (every key), tag_key_value
// (every pair), name (a part, any case), os_distro/os_version (the whole value, any case) and
// architecture, then paged with limit (default 1000) and offset; `count` is the total that matched.
import { badRequest } from "../../http/errors.js";
import type { OpContext, OpHandler } from "../../http/operation-2026-08.js";
import { projectScope } from "../../model/access.js";
import type { ImageDoc } from "../../model/image-cache.js";
import { imageViewOf2026 } from "../../model/view-2026-08.js";

const DEFAULT_LIMIT = 1000;

const isStringMap = (v: unknown): v is Record<string, string> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === "string");

/** `tag_key_value` is a JSON object of strings in a string; anything else is a 400, not a filter that matches all. */
function parseTagKeyValue(raw: string): Record<string, string> {
  const refuse = () =>
    badRequest("Validation failed: tag_key_value: must be a JSON object of strings", {
      tag_key_value: ["must be a JSON object of strings"],
    });
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw refuse();
  }
  if (!isStringMap(value)) throw refuse();
  return value;
}

interface Filters {
  visibility?: string | undefined;
  keys?: readonly string[] | undefined;
  pairs?: Record<string, string> | undefined;
  name?: string | undefined;
  osDistro?: string | undefined;
  osVersion?: string | undefined;
  architecture?: string | undefined;
}

type ListContext = OpContext<"imagesList"> | OpContext<"baremetalImagesList">;

function filtersOf(ctx: ListContext): Filters {
  const q = ctx.query;
  return {
    visibility: q.visibility,
    keys: q.tag_key,
    pairs: q.tag_key_value === undefined ? undefined : parseTagKeyValue(q.tag_key_value),
    name: q.name?.toLowerCase(),
    osDistro: q.os_distro?.toLowerCase(),
    osVersion: q.os_version?.toLowerCase(),
    architecture: q.architecture,
  };
}

/** Whether a doc passes the filters; the image is parsed only when a field filter asks for it. */
function matches(doc: ImageDoc, f: Filters): boolean {
  if (f.visibility !== undefined && doc.visibility !== f.visibility) return false;
  if (f.keys && !f.keys.every((k) => doc.items.some((i) => i.key === k))) return false;
  if (f.pairs && !Object.entries(f.pairs).every(([k, v]) => doc.items.some((i) => i.key === k && i.value === v)))
    return false;
  if (f.name !== undefined && !doc.fields.name.toLowerCase().includes(f.name)) return false;
  if (f.osDistro !== undefined && doc.fields.os_distro.toLowerCase() !== f.osDistro) return false;
  if (f.osVersion !== undefined && doc.fields.os_version.toLowerCase() !== f.osVersion) return false;
  if (f.architecture !== undefined && doc.fields.architecture !== f.architecture) return false;
  return true;
}

interface Page {
  limit?: number | undefined;
  offset?: number | undefined;
  includePrices: boolean;
  own: boolean;
}

function listImages(
  ctx: ListContext | OpContext<"imagesListOwned">,
  baremetal: boolean,
  filters: Filters,
  page: Page,
  looked = false,
): { status: number; raw: string } {
  const { store } = ctx.core;
  const scope = projectScope(store, ctx.principal, ctx.path.project_id, ctx.path.region_id);
  const refs = page.own
    ? store.images.listOwn(scope.projectId, scope.regionId)
    : store.images.listVisible(scope.projectId, scope.regionId, scope.limit, scope.sharedIn);
  const docs = ctx.core.docs.getMany(refs);
  const start = page.offset ?? 0;
  const end = start + (page.limit ?? DEFAULT_LIMIT);
  const parts: string[] = [];
  const settling: string[] = [];
  let count = 0;
  for (let i = 0; i < refs.length; i++) {
    const doc = docs[i];
    if (!doc || doc.isBaremetal !== baremetal || !matches(doc, filters)) continue;
    const index = count++;
    if (index < start || index >= end) continue;
    const id = refs[i]!.id;
    if (doc.settling) settling.push(id);
    parts.push(
      page.includePrices
        ? JSON.stringify(imageViewOf2026(store.images.get(id)!, scope.regionName, true, doc.items))
        : doc.json,
    );
  }
  // Listing an uploaded image that is still saving is a look at it (see TaskWorker.settle).
  if (!looked && settling.map((id) => ctx.core.worker.settle(id)).some(Boolean))
    return listImages(ctx, baremetal, filters, page, true);
  return { status: 200, raw: `{"count":${count},"results":[${parts.join(",")}]}` };
}

function pageOf(ctx: ListContext): Page {
  const q = ctx.query;
  // `private` (any value, even empty) = the project's own images only, like /v1/projectimages.
  return { limit: q.limit, offset: q.offset, includePrices: q.include_prices === true, own: q.private !== undefined };
}

export const imagesList: OpHandler<"imagesList"> = (ctx) => listImages(ctx, false, filtersOf(ctx), pageOf(ctx));
export const baremetalImagesList: OpHandler<"baremetalImagesList"> = (ctx) =>
  listImages(ctx, true, filtersOf(ctx), pageOf(ctx));
/** /v1/projectimages takes only include_prices: every image the project owns, in one answer. */
export const imagesListOwned: OpHandler<"imagesListOwned"> = (ctx) =>
  listImages(
    ctx,
    false,
    {},
    { includePrices: ctx.query.include_prices === true, own: true, limit: Number.MAX_SAFE_INTEGER },
  );
