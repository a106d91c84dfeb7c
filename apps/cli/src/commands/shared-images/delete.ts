import type { EntityType } from "@imgctl/types";
import { BaseCommand } from "@imgctl/cli-core";
import { entityFlags } from "../../lib/shared/flags.js";
import { entityQuery } from "../../lib/shared/query.js";

export interface SharedImagesDeleteResult {
  deleted: true;
  entity_type?: EntityType;
  entity_id?: number;
  region_id?: number;
}

export default class SharedImagesDelete extends BaseCommand<typeof SharedImagesDelete> {
  static override summary = "delete an entity's shared-image records (back to the defaults)";
  // Gone from the published 2026-08 API.
  static override apiVersions = ["2025-04"] as const;
  static override description = "All regions unless --region (flag or env) is given.";
  static override examples = ["<%= config.bin %> <%= command.id %> --entity-type client --entity-id 1001 --region 1"];
  static override flags = { ...entityFlags };

  async run(): Promise<SharedImagesDeleteResult> {
    const query = entityQuery(this.flags);
    const client = await this.client();
    await client.sharedImages.delete(query);
    this.log("deleted the shared-image records");
    return { deleted: true, ...query };
  }
}
