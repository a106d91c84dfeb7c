import type { EntityType } from "@imgctl/types";

/**
 * Query of shared-image get/delete. The region filter comes only from --region or its env var,
 * not from the profile: these records are managed across regions.
 */
export function entityQuery(flags: {
  "entity-type"?: EntityType | undefined;
  "entity-id"?: number | undefined;
  region?: number | undefined;
}): {
  entity_type?: EntityType;
  entity_id?: number;
  region_id?: number;
} {
  return {
    ...(flags["entity-type"] ? { entity_type: flags["entity-type"] } : {}),
    ...(flags["entity-id"] !== undefined ? { entity_id: flags["entity-id"] } : {}),
    ...(flags.region !== undefined ? { region_id: flags.region } : {}),
  };
}
