// /v1/reseller_image (deprecated): the reseller-level shared-image records under another name.
import { forbidden } from "../http/errors.js";
import type { OpHandler } from "../http/operation.js";
import type { Principal } from "../store/directory.js";
import type { Store } from "../store/index.js";
import { assertEntityAccess, assertShareableImages } from "./shares-access.js";

/** Reseller limits are an admin/reseller API: a client key is refused outright. */
function assertReseller(store: Store, principal: Principal, resellerId: number): void {
  if (principal.role === "client") throw forbidden("Only the admin or the reseller may manage reseller images");
  assertEntityAccess(store, principal, "reseller", resellerId, true);
}

export const resellerImagesGet: OpHandler<"resellerImagesGet"> = (ctx) => {
  const { store } = ctx.core;
  const resellerId = ctx.path.reseller_id;
  assertReseller(store, ctx.principal, resellerId);
  const results = store.shares.forEntity("reseller", resellerId).map((r) => ({
    reseller_id: r.entity_id,
    region_id: r.region_id,
    image_ids: store.shares.imageIds(r),
  }));
  return { status: 200, body: { count: results.length, results } };
};

export const resellerImagesSet: OpHandler<"resellerImagesSet"> = (ctx) => {
  const { store } = ctx.core;
  const body = ctx.body;
  assertReseller(store, ctx.principal, body.reseller_id);
  assertShareableImages(store, ctx.principal, body.region_id, body.image_ids);
  store.write(() => store.shares.set("reseller", body.reseller_id, body.region_id, body.image_ids));
  const row = store.shares.get("reseller", body.reseller_id, body.region_id)!;
  return {
    status: 200,
    body: { reseller_id: body.reseller_id, region_id: body.region_id, image_ids: store.shares.imageIds(row) },
  };
};

export const resellerImagesDelete: OpHandler<"resellerImagesDelete"> = (ctx) => {
  const { store } = ctx.core;
  const resellerId = ctx.path.reseller_id;
  assertReseller(store, ctx.principal, resellerId);
  const regionId = ctx.query.region_id;
  store.write(() => store.shares.delete(store.shares.forEntity("reseller", resellerId, regionId)));
  return { status: 200 };
};
