// 2026-08 get and update (PATCH with a `tags` merge patch); delete is the seed's (same answer).
import { notFound } from "../../http/errors.js";
import type { OpHandler } from "../../http/operation-2026-08.js";
import { projectScope, visibleImage } from "../../model/access.js";
import { applyTagsPatch, checkTagCharacters } from "../../model/tags.js";
import { imageViewOf2026 } from "../../model/view-2026-08.js";
import { isVisible } from "../../model/visibility.js";
import { isSettling, updateImage } from "../images.js";

export const imagesGet: OpHandler<"imagesGet"> = (ctx) => {
  const { store, docs, worker } = ctx.core;
  const scope = projectScope(store, ctx.principal, ctx.path.project_id, ctx.path.region_id);
  const id = ctx.path.image_id;
  if (ctx.query.include_prices === true) {
    let image = visibleImage(store, scope, id);
    if (isSettling(image) && worker.settle(id)) image = store.images.get(id)!;
    return { status: 200, body: imageViewOf2026(image, scope.regionName, true) };
  }
  let head = store.images.head(id);
  if (head && isVisible(store.shares, scope, head) && isSettling(head) && worker.settle(id))
    head = store.images.head(id);
  const doc = head && isVisible(store.shares, scope, head) ? docs.get(id, head.version) : undefined;
  if (!doc) throw notFound(`Image ${id} not found`);
  return { status: 200, raw: doc.json };
};

/** `tags` absent: tags unchanged; an object: a merge patch; null: every user tag removed. */
export const imagesUpdate: OpHandler<"imagesUpdate"> = (ctx) => {
  const body = ctx.body;
  const tags = body.tags;
  if (tags) checkTagCharacters(tags, "tags.");
  const { image, scope } = updateImage(
    ctx,
    body,
    tags === undefined ? undefined : (items) => applyTagsPatch(items, tags),
  );
  return { status: 200, body: imageViewOf2026(image, scope.regionName, false) };
};
