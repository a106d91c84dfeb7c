// Which requests change metadata, by openapi-fetch schemaPath + method (the spec's paths, relative to baseUrl).
import type { WriteOperation } from "../engine/types.js";

export interface MatchedWrite {
  operation: WriteOperation;
  projectId: number;
  regionId: number;
  imageId?: string;
}

const IMAGE = "/v1/images/{project_id}/{region_id}/{image_id}";

export function matchWrite(method: string, schemaPath: string, path: Record<string, unknown>): MatchedWrite | undefined {
  const base = { projectId: Number(path.project_id), regionId: Number(path.region_id) };
  const imageId = typeof path.image_id === "string" ? path.image_id : undefined;
  const m = method.toUpperCase();
  if (schemaPath === `${IMAGE}/metadata` && imageId) {
    if (m === "POST") return { ...base, imageId, operation: "merge" };
    if (m === "PUT") return { ...base, imageId, operation: "replace" };
  }
  if (schemaPath === `${IMAGE}/metadata_item` && m === "DELETE" && imageId) return { ...base, imageId, operation: "delete" };
  if (schemaPath === IMAGE && m === "PATCH" && imageId) return { ...base, imageId, operation: "update" };
  if (schemaPath === "/v1/images/{project_id}/{region_id}" && m === "POST") return { ...base, operation: "create" };
  return undefined;
}
