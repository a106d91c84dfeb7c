// Which requests are metadata writes, by the spec's own method and path of each metadata-writing operation id.
import type { MetadataWriteOperationId } from "@imgctl/types";
import { specOperations } from "@imgctl/types/spec";
import { createsImage, isMetadataWrite } from "../engine/metadata-write.js";

/** A request recognised as a metadata write: its operation and where it goes (the body and state come later). */
export interface MatchedWrite {
  operationId: MetadataWriteOperationId;
  projectId: number;
  regionId: number;
  imageId?: string;
}

const WRITES = new Map<string, MetadataWriteOperationId>();
for (const op of specOperations)
  if (isMetadataWrite(op.operationId)) WRITES.set(`${op.method} ${op.path}`, op.operationId);
const IMAGE_PATH = specOperations.find((op) => op.operationId === "imagesGet")!.path;

export function matchWrite(
  method: string,
  schemaPath: string,
  path: Record<string, unknown>,
): MatchedWrite | undefined {
  const operationId = WRITES.get(`${method.toUpperCase()} ${schemaPath}`);
  if (!operationId) return undefined;
  const imageId = typeof path.image_id === "string" ? path.image_id : undefined;
  if (!createsImage(operationId) && !imageId) return undefined;
  return {
    operationId,
    projectId: Number(path.project_id),
    regionId: Number(path.region_id),
    ...(imageId ? { imageId } : {}),
  };
}

const fill = (template: string, path: Record<string, unknown>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(path[name])));

/**
 * The URL that reads the image a write targets: the write's URL with its filled path template swapped for the image
 * GET's, so the base URL (and whatever prefix it has) is kept. Undefined when the URL does not end with the template.
 */
export function imageUrl(requestUrl: string, schemaPath: string, path: Record<string, unknown>): URL | undefined {
  const url = new URL(requestUrl);
  const written = fill(schemaPath, path);
  if (!url.pathname.endsWith(written)) return undefined;
  url.pathname = url.pathname.slice(0, url.pathname.length - written.length) + fill(IMAGE_PATH, path);
  url.search = "";
  return url;
}
