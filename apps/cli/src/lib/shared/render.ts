import type { Column } from "@imgctl/cli-core";
import type { ResellerImage, SharedImage } from "@imgctl/types";

function images(ids: string[] | null): string {
  if (ids === null) return "all public";
  if (ids.length === 0) return "none";
  return ids.join(", ");
}

export const sharedImageColumns: ReadonlyArray<Column<SharedImage>> = [
  { header: "id", get: (r) => r.id, shrink: false },
  { header: "entity type", get: (r) => r.entity_type },
  { header: "entity id", get: (r) => r.entity_id },
  { header: "region", get: (r) => r.region_id },
  { header: "images", get: (r) => images(r.image_ids) },
];

export const resellerImageColumns: ReadonlyArray<Column<ResellerImage>> = [
  { header: "reseller id", get: (r) => r.reseller_id },
  { header: "region", get: (r) => r.region_id },
  { header: "images", get: (r) => images(r.image_ids) },
];
