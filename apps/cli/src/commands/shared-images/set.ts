import { Flags } from "@oclif/core";
import type { SharedImageList } from "@imgctl/types";
import { BaseCommand } from "@imgctl/cli-core";
import { ENTITY_TYPES } from "../../lib/images/options.js";
import { imageIdsFrom, imageSetFlags } from "../../lib/shared/flags.js";
import { sharedImageColumns } from "../../lib/shared/render.js";

export default class SharedImagesSet extends BaseCommand<typeof SharedImagesSet> {
  static override summary = "set which public and shared images an entity may use in a region";
  // Gone from the published 2026-08 API.
  static override apiVersions = ["2025-04"] as const;
  static override description = "Admins and resellers (for themselves, their clients and their clients' projects).";
  static override examples = [
    "<%= config.bin %> <%= command.id %> --entity-type client --entity-id 1001 --image-id 3c8a9b4e-0000-4000-8000-000000000001",
    "<%= config.bin %> <%= command.id %> --entity-type reseller --entity-id 100 --all-public",
  ];
  static override flags = {
    "entity-type": Flags.option({
      options: ENTITY_TYPES,
      summary: "kind of entity the record is for",
      required: true,
    })(),
    "entity-id": Flags.integer({ min: 1, summary: "id of the reseller, client or project", required: true }),
    ...imageSetFlags,
  };

  async run(): Promise<SharedImageList> {
    const f = this.flags;
    const image_ids = imageIdsFrom(f);
    const client = await this.client();
    const list = await client.sharedImages.set({
      entity_type: f["entity-type"],
      entity_id: f["entity-id"],
      image_ids,
      region_id: this.regionId(),
    });
    this.table(list.results, sharedImageColumns);
    return list;
  }
}
