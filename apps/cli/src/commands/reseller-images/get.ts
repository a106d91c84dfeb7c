import { Args } from "@oclif/core";
import type { ResellerImageList } from "@imgctl/types";
import { BaseCommand } from "@imgctl/cli-core";
import { resellerImageColumns } from "../../lib/shared/render.js";
import { DEPRECATION } from "../../lib/shared/reseller.js";

export default class ResellerImagesGet extends BaseCommand<typeof ResellerImagesGet> {
  static override summary = "show a reseller's image records (deprecated)";
  // Gone from the published 2026-08 API.
  static override apiVersions = ["2025-04"] as const;
  static override state = "deprecated";
  static override deprecationOptions = DEPRECATION("get");
  static override examples = ["<%= config.bin %> <%= command.id %> 100"];
  static override args = { "reseller-id": Args.integer({ description: "reseller id", required: true, min: 1 }) };

  async run(): Promise<ResellerImageList> {
    const client = await this.client();
    const list = await client.resellerImages.get(this.args["reseller-id"]);
    this.table(list.results, resellerImageColumns);
    return list;
  }
}
