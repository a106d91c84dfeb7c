import { Args } from "@oclif/core";
import { BaseCommand } from "@imgctl/cli-core";
import { DEPRECATION } from "../../lib/shared/reseller.js";

export interface ResellerImagesDeleteResult {
  deleted: true;
  reseller_id: number;
  region_id?: number;
}

export default class ResellerImagesDelete extends BaseCommand<typeof ResellerImagesDelete> {
  static override summary = "delete a reseller's image records (deprecated)";
  // Gone from the published 2026-08 API.
  static override apiVersions = ["2025-04"] as const;
  static override description = "All regions unless --region (flag or env) is given.";
  static override state = "deprecated";
  static override deprecationOptions = DEPRECATION("delete");
  static override examples = ["<%= config.bin %> <%= command.id %> 100 --region 1"];
  static override args = { "reseller-id": Args.integer({ description: "reseller id", required: true, min: 1 }) };

  async run(): Promise<ResellerImagesDeleteResult> {
    const id = this.args["reseller-id"];
    const region = this.flags.region;
    const client = await this.client();
    await client.resellerImages.delete(id, region === undefined ? {} : { region_id: region });
    this.log(`deleted the image records of reseller ${id}`);
    return { deleted: true, reseller_id: id, ...(region === undefined ? {} : { region_id: region }) };
  }
}
