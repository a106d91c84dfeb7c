import { Flags } from "@oclif/core";
import type { ImageList } from "@imgctl/types";
import { BaseCommand, toMetadataMap, metadataFlag } from "@imgctl/cli-core";
import { VISIBILITIES } from "../../lib/images/options.js";
import { imageColumns, priceColumns } from "../../lib/images/render.js";

export default class ImagesList extends BaseCommand<typeof ImagesList> {
  static override summary = "list the images the project can use";
  static override description = "Public images, the project's own images and images shared with it, in the region. With --owned, only the project's own images.";
  static override examples = [
    "<%= config.bin %> <%= command.id %>",
    "<%= config.bin %> <%= command.id %> --visibility public --include-prices",
    "<%= config.bin %> <%= command.id %> --metadata env=prod --metadata-key owner --json",
  ];
  static override flags = {
    visibility: Flags.option({ options: VISIBILITIES, summary: "only images with this visibility" })(),
    private: Flags.boolean({ summary: "only the project's own (private) images" }),
    "metadata-key": Flags.string({ multiple: true, summary: "only images that have this metadata key (repeatable)" }),
    metadata: metadataFlag({ multiple: true, summary: "only images whose metadata has key=value (repeatable)" }),
    "include-prices": Flags.boolean({ summary: "add prices to each image" }),
    owned: Flags.boolean({ summary: "list the project's own images (/v1/projectimages)", exclusive: ["private"] }),
  };

  async run(): Promise<ImageList> {
    const f = this.flags;
    const client = await this.client();
    const params = {
      project_id: this.projectId(),
      region_id: this.regionId(),
      ...(f.visibility ? { visibility: f.visibility } : {}),
      ...(f["metadata-key"]?.length ? { metadata_k: f["metadata-key"] } : {}),
      ...(f.metadata?.length ? { metadata_kv: toMetadataMap(f.metadata) } : {}),
      ...(f["include-prices"] ? { include_prices: true } : {}),
    };
    const list = f.owned ? await client.images.listOwned(params) : await client.images.list({ ...params, ...(f.private ? { private: true } : {}) });
    this.table(list.results, f["include-prices"] ? [...imageColumns, ...priceColumns] : imageColumns);
    return list;
  }
}
