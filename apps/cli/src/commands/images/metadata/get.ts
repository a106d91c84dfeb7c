import { Args } from "@oclif/core";
import type { MetadataItem } from "@imgctl/types";
import { BaseCommand, uuidArg } from "@imgctl/cli-core";
import { metadataColumns } from "../../../lib/images/render.js";

export default class ImagesMetadataGet extends BaseCommand<typeof ImagesMetadataGet> {
  static override summary = "show one metadata item";
  static override examples = ["<%= config.bin %> <%= command.id %> 3c8a9b4e-0000-4000-8000-000000000001 owner"];
  static override args = {
    id: uuidArg("image id"),
    key: Args.string({ description: "metadata key", required: true }),
  };

  async run(): Promise<MetadataItem> {
    const client = await this.client();
    const item = await client.images.metadata.get(this.args.id, this.args.key, {
      project_id: this.projectId(),
      region_id: this.regionId(),
    });
    this.table([item], metadataColumns);
    return item;
  }
}
