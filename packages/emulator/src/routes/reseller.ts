// /v1/reseller_image (deprecated): the reseller-level shared-image records under another name.
import type { OpContext, OpHandler } from "../context.js";
import { forbidden } from "../errors.js";
import { assertEntityAccess, assertShareableImages } from "./shares-access.js";

/** Reseller limits are an admin/reseller API: a client key is refused outright. */
function assertReseller(ctx: OpContext, resellerId: number): void {
  if (ctx.principal.role === "client") throw forbidden("Only the admin or the reseller may manage reseller images");
  assertEntityAccess(ctx.core.store, ctx.principal, "reseller", resellerId, true);
}

export const resellerImagesGet: OpHandler = (ctx) => {
  const { store } = ctx.core;
  const resellerId = ctx.path.reseller_id as number;
  assertReseller(ctx, resellerId);
  const results = store.shares.forEntity("reseller", resellerId).map((r) => ({
    reseller_id: r.entity_id, region_id: r.region_id, image_ids: store.shares.imageIds(r),
  }));
  return { status: 200, body: { count: results.length, results } };
};

interface ResellerBody { reseller_id: number; region_id: number; image_ids: string[] | null }

export const resellerImagesSet: OpHandler = (ctx) => {
  const { store } = ctx.core;
  const body = ctx.body as ResellerBody;
  assertReseller(ctx, body.reseller_id);
  assertShareableImages(store, ctx.principal, body.region_id, body.image_ids);
  store.write(() => store.shares.set("reseller", body.reseller_id, body.region_id, body.image_ids));
  const row = store.shares.get("reseller", body.reseller_id, body.region_id)!;
  return { status: 200, body: { reseller_id: body.reseller_id, region_id: body.region_id, image_ids: store.shares.imageIds(row) } };
};

export const resellerImagesDelete: OpHandler = (ctx) => {
  const { store } = ctx.core;
  const resellerId = ctx.path.reseller_id as number;
  assertReseller(ctx, resellerId);
  const regionId = ctx.query.region_id as number | undefined;
  store.write(() => store.shares.delete(store.shares.forEntity("reseller", resellerId, regionId)));
  return { status: 200 };
};
