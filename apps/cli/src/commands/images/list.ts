import { Flags } from "@oclif/core";
import type { ImageList } from "@imgctl/types";
import { BaseCommand, toMetadataMap, metadataFlag } from "@imgctl/cli-core";
import { VISIBILITIES } from "../../lib/images/options.js";
import { IMAGE_COLUMN_NAMES, imageColumns, priceColumns, selectImageColumns } from "../../lib/images/render.js";

export default class ImagesList extends BaseCommand<typeof ImagesList> {
  static override summary = "list the images the project can use";
  static override description =
    "Public images, the project's own images and images shared with it, in the region. Only your own (the project's) images: --owned. --visibility filters by the images' visibility, which is not ownership: a public image can be yours, a shared one is not.";
  static override aliases = ["images:ls"];
  static override examples = [
    "<%= config.bin %> <%= command.id %>",
    "<%= config.bin %> <%= command.id %> --visibility public --include-prices",
    "<%= config.bin %> <%= command.id %> --owned --columns id,name,status,created",
    "<%= config.bin %> <%= command.id %> --metadata env=prod --metadata-key owner --json",
  ];
  static override flags = {
    visibility: Flags.option({ options: VISIBILITIES, summary: "only images with this visibility" })(),
    "metadata-key": Flags.string({ multiple: true, summary: "only images that have this metadata key (repeatable)" }),
    metadata: metadataFlag({ multiple: true, summary: "only images whose metadata has key=value (repeatable)" }),
    "include-prices": Flags.boolean({ summary: "add prices to each image" }),
    // --private (the API's `private` query) gives the same set; kept as a deprecated spelling.
    owned: Flags.boolean({ summary: "only your own images: the project's (/v1/projectimages)", aliases: ["private"], deprecateAliases: true }),
    columns: Flags.custom({
      summary: `table columns, comma-separated: ${IMAGE_COLUMN_NAMES.join(",")}`,
      helpValue: "NAME,...",
      parse: async (input: string) => selectImageColumns(input),
    })(),
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
    const list = f.owned ? await client.images.listOwned(params) : await client.images.list(params);
    this.table(list.results, f.columns ?? (f["include-prices"] ? [...imageColumns, ...priceColumns] : imageColumns));
    return list;
  }
}
