// Shared-image and reseller-image records: the admin manages every entity; a reseller manages
// itself, its clients and their projects; a client may only read its own records (any change is
// a 403). An entity the caller may not see is "not found".
import { badRequest, forbidden, notFound } from "../http/errors.js";
import type { Principal } from "../store/directory.js";
import type { Store } from "../store/index.js";
import type { EntityType } from "../store/shares.js";

function entityExists(store: Store, type: EntityType, id: number): boolean {
  const d = store.directory;
  if (type === "reseller") return d.resellers.has(id);
  if (type === "client") return d.clients.has(id);
  return d.projects.has(id);
}

function resellerOwns(store: Store, resellerId: number, type: EntityType, id: number): boolean {
  const d = store.directory;
  if (type === "reseller") return id === resellerId;
  if (type === "client") return d.clients.get(id)?.resellerId === resellerId;
  return d.projects.get(id)?.resellerId === resellerId;
}

function clientOwns(store: Store, clientId: number, type: EntityType, id: number): boolean {
  if (type === "client") return id === clientId;
  if (type === "project") return store.directory.projects.get(id)?.clientId === clientId;
  return false;
}

/** The answer to any change a client key tries: the same for every entity, so it reveals none. */
const CLIENTS_CANNOT_SHARE =
  "Only resellers and the admin can share images: a client key may read its own shared-image records but not change them";

export function assertEntityAccess(store: Store, p: Principal, type: EntityType, id: number, write: boolean): void {
  // A client may never change a record, whichever entity it names: say so before looking the
  // entity up (a 404 "Entity client … not found" looked like sharing worked for other entities).
  if (write && p.role === "client") throw forbidden(CLIENTS_CANNOT_SHARE);
  const visible =
    entityExists(store, type, id) &&
    (p.role === "admin" ||
      (p.role === "reseller" && resellerOwns(store, p.resellerId, type, id)) ||
      (p.role === "client" && clientOwns(store, p.clientId, type, id)));
  if (!visible) throw notFound(`Entity ${type} ${id} not found`);
}

/** Defaults for GET/DELETE: a reseller or client means itself unless it names another entity. */
export function resolveEntity(
  p: Principal,
  type: EntityType | undefined,
  id: number | undefined,
): { type: EntityType; id: number } {
  const t = type ?? (p.role === "reseller" ? "reseller" : p.role === "client" ? "client" : undefined);
  if (t === undefined)
    throw badRequest("Validation failed: entity_type: is required for the admin", { entity_type: ["is required"] });
  let entityId = id;
  if (entityId === undefined && p.role === "reseller" && t === "reseller") entityId = p.resellerId;
  if (entityId === undefined && p.role === "client" && t === "client") entityId = p.clientId;
  if (entityId === undefined)
    throw badRequest("Validation failed: entity_id: is required", { entity_id: ["is required"] });
  return { type: t, id: entityId };
}

/** Every listed image must exist in the region and be one the manager may share. */
export function assertShareableImages(store: Store, p: Principal, regionId: number, imageIds: string[] | null): void {
  if (!store.directory.regions.has(regionId)) {
    throw badRequest(`Validation failed: region_id: region ${regionId} not found`, {
      region_id: [`region ${regionId} not found`],
    });
  }
  const bad: string[] = [];
  for (const imageId of imageIds ?? []) {
    const image = store.images.get(imageId);
    const ok =
      image !== undefined &&
      image.region_id === regionId &&
      (p.role === "admin" ||
        image.visibility === "public" ||
        (p.role === "reseller" && store.directory.projects.get(image.project_id)?.resellerId === p.resellerId));
    if (!ok) bad.push(`image ${imageId} not found in region ${regionId}`);
  }
  if (bad.length > 0) throw badRequest(`Validation failed: image_ids: ${bad.join("; ")}`, { image_ids: bad });
}
