import type { MetadataItemList } from "@imgctl/types";
import { BaseCommand, uuidArg } from "@imgctl/cli-core";
import { metadataColumns } from "../../../lib/images/render.js";
import { itemsOf } from "../../../lib/images/tags-2026.js";

export default class ImagesMetadataList extends BaseCommand<typeof ImagesMetadataList> {
  static override summary = "list an image's metadata items";
  static override examples = ["<%= config.bin %> <%= command.id %> 3c8a9b4e-0000-4000-8000-000000000001"];
  static override args = { id: uuidArg("image id") };

  async run(): Promise<MetadataItemList> {
    const client = await this.client();
    if (this.settings.apiVersion === "2026-08") {
      // Read from the image (its tags_v2), not the deprecated /metadata list: the same items, the neutral view.
      const results = itemsOf(
        await client.images.get(this.args.id, { project_id: this.projectId(), region_id: this.regionId() }),
      );
      this.table(results, metadataColumns);
      return { count: results.length, results };
    }
    const list = await client.images.metadata.list(this.args.id, {
      project_id: this.projectId(),
      region_id: this.regionId(),
    });
    this.table(list.results, metadataColumns);
    return list;
  }
}
