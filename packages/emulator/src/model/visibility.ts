// What a project sees in a region, the rule every list, get and metadata read applies:
// its own images + the public images allowed by the most specific shared-image record
// (project, then client, then reseller; none or image_ids null = all, [] = none, a list = those)
// + the non-public images listed in any of those three records (shared with P, C or R).
import type { PublicLimit } from "../store/images.js";
import type { ProjectInfo } from "../store/directory.js";
import type { ImageRow, SharedImageRow } from "../store/rows.js";
import type { ShareStore } from "../store/shares.js";

export interface ViewScope {
  projectId: number;
  regionId: number;
  limit: PublicLimit;
  /** Ids of the shared-image records that apply (at most three). */
  sharedIn: number[];
}

export function scopeFor(shares: ShareStore, project: ProjectInfo, regionId: number): ViewScope {
  const records: SharedImageRow[] = [];
  const projectRecord = shares.get("project", project.id, regionId);
  const clientRecord = project.clientId === null ? null : shares.get("client", project.clientId, regionId);
  const resellerRecord = project.resellerId === null ? null : shares.get("reseller", project.resellerId, regionId);
  for (const r of [projectRecord, clientRecord, resellerRecord]) if (r) records.push(r);
  const mostSpecific = records[0];
  let limit: PublicLimit = { kind: "all" };
  if (mostSpecific && !mostSpecific.all_public) limit = { kind: "list", shareId: mostSpecific.id };
  return { projectId: project.id, regionId, limit, sharedIn: records.filter((r) => !r.all_public).map((r) => r.id) };
}

/** The same rule for one image (get, metadata, tasks). */
export function isVisible(
  shares: ShareStore,
  scope: ViewScope,
  image: Pick<ImageRow, "id" | "project_id" | "region_id" | "visibility">,
): boolean {
  if (image.region_id !== scope.regionId) return false;
  if (image.project_id === scope.projectId) return true;
  if (image.visibility === "public") {
    return (
      scope.limit.kind === "all" || (scope.limit.kind === "list" && shares.isMember(scope.limit.shareId, image.id))
    );
  }
  if (image.visibility === "shared") return scope.sharedIn.some((shareId) => shares.isMember(shareId, image.id));
  return false;
}
