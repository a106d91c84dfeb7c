import type { SharedImageList } from "@imgctl/types";
import { BaseCommand } from "@imgctl/cli-core";
import { entityFlags } from "../../lib/shared/flags.js";
import { entityQuery } from "../../lib/shared/query.js";
import { sharedImageColumns } from "../../lib/shared/render.js";

export default class SharedImagesGet extends BaseCommand<typeof SharedImagesGet> {
  static override summary = "show an entity's shared-image records";
  // Gone from the published 2026-08 API.
  static override apiVersions = ["2025-04"] as const;
  static override description =
    "Without --entity-type, the caller's own entity. All regions unless --region (flag or env) is given.";
  static override examples = ["<%= config.bin %> <%= command.id %> --entity-type client --entity-id 1001"];
  static override flags = { ...entityFlags };

  async run(): Promise<SharedImageList> {
    const client = await this.client();
    const list = await client.sharedImages.get(entityQuery(this.flags));
    this.table(list.results, sharedImageColumns);
    return list;
  }
}
