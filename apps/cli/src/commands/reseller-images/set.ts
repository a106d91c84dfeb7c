import { Flags } from "@oclif/core";
import type { ResellerImage } from "@imgctl/types";
import { BaseCommand } from "@imgctl/cli-core";
import { imageIdsFrom, imageSetFlags } from "../../lib/shared/flags.js";
import { resellerImageColumns } from "../../lib/shared/render.js";
import { DEPRECATION } from "../../lib/shared/reseller.js";

export default class ResellerImagesSet extends BaseCommand<typeof ResellerImagesSet> {
  static override summary = "set which images a reseller's clients may use in a region (deprecated)";
  // Gone from the published 2026-08 API.
  static override apiVersions = ["2025-04"] as const;
  static override state = "deprecated";
  static override deprecationOptions = DEPRECATION("set");
  static override examples = ["<%= config.bin %> <%= command.id %> --reseller-id 100 --all-public --region 1"];
  static override flags = {
    "reseller-id": Flags.integer({ min: 1, summary: "reseller id", required: true }),
    ...imageSetFlags,
  };

  async run(): Promise<ResellerImage> {
    const f = this.flags;
    const image_ids = imageIdsFrom(f);
    const client = await this.client();
    const record = await client.resellerImages.set({
      reseller_id: f["reseller-id"],
      region_id: this.regionId(),
      image_ids,
    });
    this.table([record], resellerImageColumns);
    return record;
  }
}
