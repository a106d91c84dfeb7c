// /v1/shared_image: get, set (PUT), delete the records of an entity.
import type { OpContext, OpHandler } from "../http/operation.js";
import type { Store } from "../store/index.js";
import type { EntityType } from "../store/shares.js";
import { assertEntityAccess, assertShareableImages, resolveEntity } from "./shares-access.js";

function sharedList(store: Store, type: EntityType, id: number, regionId?: number) {
  const results = store.shares.forEntity(type, id, regionId).map((r) => ({
    id: r.id,
    entity_id: r.entity_id,
    entity_type: r.entity_type,
    image_ids: store.shares.imageIds(r),
    region_id: r.region_id,
  }));
  return { count: results.length, results };
}

function target(ctx: OpContext<"sharedImagesGet"> | OpContext<"sharedImagesDelete">, write: boolean) {
  const q = ctx.query;
  const entity = resolveEntity(ctx.principal, q.entity_type, q.entity_id);
  assertEntityAccess(ctx.core.store, ctx.principal, entity.type, entity.id, write);
  return { ...entity, regionId: q.region_id };
}

export const sharedImagesGet: OpHandler<"sharedImagesGet"> = (ctx) => {
  const t = target(ctx, false);
  return { status: 200, body: sharedList(ctx.core.store, t.type, t.id, t.regionId) };
};

export const sharedImagesSet: OpHandler<"sharedImagesSet"> = (ctx) => {
  const { store } = ctx.core;
  const body = ctx.body;
  assertEntityAccess(store, ctx.principal, body.entity_type, body.entity_id, true);
  assertShareableImages(store, ctx.principal, body.region_id, body.image_ids);
  store.write(() => store.shares.set(body.entity_type, body.entity_id, body.region_id, body.image_ids));
  return { status: 200, body: sharedList(store, body.entity_type, body.entity_id) };
};

export const sharedImagesDelete: OpHandler<"sharedImagesDelete"> = (ctx) => {
  const t = target(ctx, true);
  const { store } = ctx.core;
  store.write(() => store.shares.delete(store.shares.forEntity(t.type, t.id, t.regionId)));
  return { status: 204 };
};
