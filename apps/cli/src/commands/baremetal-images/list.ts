import { Flags } from "@oclif/core";
import type { ImageList } from "@imgctl/types";
import { BaseCommand, metadataFlag } from "@imgctl/cli-core";
import { tagQuery } from "../../lib/images/list-query.js";
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
    tag: Flags.string({
      multiple: true,
      summary: "only images with this tag: key (any value) or key=value (repeatable; every one must match)",
      helpValue: "KEY[=VALUE]",
    }),
    "metadata-key": Flags.string({ multiple: true, summary: "only images that have this metadata key (repeatable)" }),
    metadata: metadataFlag({ multiple: true, summary: "only images whose metadata has key=value (repeatable)" }),
    "include-prices": Flags.boolean({ summary: "add prices to each image" }),
    owned: Flags.boolean({ summary: "only your own images: the project's" }),
  };

  async run(): Promise<ImageList> {
    const f = this.flags;
    // The tag filters in the generation's names (metadata_k/kv or tag_key/tag_key_value): never a filter the server ignores.
    const tags = tagQuery(f, this.settings.apiVersion);
    const client = await this.client();
    const list = await client.baremetalImages.list({
      project_id: this.projectId(),
      region_id: this.regionId(),
      ...(f.visibility ? { visibility: f.visibility } : {}),
      ...(tags as object),
      ...(f["include-prices"] ? { include_prices: true } : {}),
      ...(f.owned ? { private: true } : {}),
    });
    this.table(list.results, f["include-prices"] ? [...imageColumns, ...priceColumns] : imageColumns);
    return list;
  }
}
