import { Flags } from "@oclif/core";
import type { ImageList } from "@imgctl/types";
import { BaseCommand, metadataFlag, toMetadataMap } from "@imgctl/cli-core";
import { VISIBILITIES } from "../../lib/images/options.js";
import { imageColumns, priceColumns } from "../../lib/images/render.js";

export default class BaremetalImagesList extends BaseCommand<typeof BaremetalImagesList> {
  static override summary = "list the bare-metal images the project can use";
  static override description = "The same rules and filters as images list, for images meant for bare-metal servers.";
  static override aliases = ["baremetal-images:ls"];
  static override examples = [
    "<%= config.bin %> <%= command.id %>",
    "<%= config.bin %> <%= command.id %> --visibility public --include-prices",
    "<%= config.bin %> <%= command.id %> --owned --json",
  ];
  static override flags = {
    visibility: Flags.option({ options: VISIBILITIES, summary: "only images with this visibility" })(),
    "metadata-key": Flags.string({ multiple: true, summary: "only images that have this metadata key (repeatable)" }),
    metadata: metadataFlag({ multiple: true, summary: "only images whose metadata has key=value (repeatable)" }),
    "include-prices": Flags.boolean({ summary: "add prices to each image" }),
    owned: Flags.boolean({ summary: "only your own images: the project's" }),
  };

  async run(): Promise<ImageList> {
    const f = this.flags;
    const client = await this.client();
    const list = await client.baremetalImages.list({
      project_id: this.projectId(),
      region_id: this.regionId(),
      ...(f.visibility ? { visibility: f.visibility } : {}),
      ...(f["metadata-key"]?.length ? { metadata_k: f["metadata-key"] } : {}),
      ...(f.metadata?.length ? { metadata_kv: toMetadataMap(f.metadata) } : {}),
      ...(f["include-prices"] ? { include_prices: true } : {}),
      ...(f.owned ? { private: true } : {}),
    });
    this.table(list.results, f["include-prices"] ? [...imageColumns, ...priceColumns] : imageColumns);
    return list;
  }
}
