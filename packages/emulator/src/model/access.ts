// Who may do what. An image or project the caller cannot see is a 404 (never a 403 that would
// reveal it exists); a visible image the caller does not own is a 403 on any change.
import { forbidden, notFound } from "../http/errors.js";
import type { Principal, ProjectInfo } from "../store/directory.js";
import type { Store } from "../store/index.js";
import type { ImageRow } from "../store/rows.js";
import { isVisible, scopeFor, type ViewScope } from "./visibility.js";

export interface ProjectScope extends ViewScope {
  project: ProjectInfo;
  regionName: string;
}

export function projectScope(store: Store, principal: Principal, projectId: number, regionId: number): ProjectScope {
  const project = store.directory.projects.get(projectId);
  if (!project || !store.directory.canRead(principal, project)) throw notFound(`Project ${projectId} not found`);
  const regionName = store.directory.regions.get(regionId);
  if (regionName === undefined) throw notFound(`Region ${regionId} not found`);
  return { ...scopeFor(store.shares, project, regionId), project, regionName };
}

/** Only the project's client (or the admin) changes images; a reseller reads its clients' projects only. */
export function assertCanWrite(principal: Principal): void {
  if (principal.role === "reseller") throw forbidden("A reseller key cannot change images of its clients' projects");
}

export function visibleImage(store: Store, scope: ProjectScope, imageId: string): ImageRow {
  const image = store.images.get(imageId);
  if (!image || !isVisible(store.shares, scope, image)) throw notFound(`Image ${imageId} not found`);
  return image;
}

export function ownedImage(store: Store, principal: Principal, scope: ProjectScope, imageId: string): ImageRow {
  const image = visibleImage(store, scope, imageId);
  if (image.project_id !== scope.projectId)
    throw forbidden(`Image ${imageId} is not owned by project ${scope.projectId}`);
  assertCanWrite(principal);
  return image;
}
