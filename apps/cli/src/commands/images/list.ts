import { Flags } from "@oclif/core";
import type { ImageList } from "@imgctl/types";
import { BaseCommand, metadataFlag } from "@imgctl/cli-core";
import { listQuery } from "../../lib/images/list-query.js";
import { ARCHITECTURES, VISIBILITIES } from "../../lib/images/options.js";
import { IMAGE_COLUMN_NAMES, imageColumns, priceColumns, selectImageColumns } from "../../lib/images/render.js";

export default class ImagesList extends BaseCommand<typeof ImagesList> {
  static override summary = "list the images the project can use";
  static override description =
    "Public images, the project's own images and images shared with it, in the region. Only your own (the project's) images: --owned. --visibility filters by the images' visibility, which is not ownership: a public image can be yours, a shared one is not. --tag filters in both API generations; --name, --os-distro, --os-version, --architecture and the paging flags exist in 2026-08, whose list answers at most --limit images a page (1000 by default; --all reads every page).";
  static override aliases = ["images:ls"];
  static override examples = [
    "<%= config.bin %> <%= command.id %>",
    "<%= config.bin %> <%= command.id %> --visibility public --include-prices",
    "<%= config.bin %> <%= command.id %> --owned --columns id,name,status,created",
    "<%= config.bin %> <%= command.id %> --tag env=prod --tag owner --json",
    "<%= config.bin %> <%= command.id %> --api-version 2026-08 --os-distro ubuntu --architecture x86_64 --all",
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
    name: Flags.string({ summary: "only images whose name contains this, any case (API 2026-08)" }),
    "os-distro": Flags.string({ summary: "only this OS distribution, any case (API 2026-08)" }),
    "os-version": Flags.string({ summary: "only this OS version, any case (API 2026-08)" }),
    architecture: Flags.option({ options: ARCHITECTURES, summary: "only this CPU architecture (API 2026-08)" })(),
    limit: Flags.integer({ min: 1, max: 1000, summary: "images per page, 1-1000 (API 2026-08; default 1000)" }),
    offset: Flags.integer({ min: 0, summary: "skip this many images (API 2026-08)" }),
    all: Flags.boolean({ summary: "read every page (API 2026-08)" }),
    // --private (the API's `private` query) gives the same set; kept as a deprecated spelling.
    owned: Flags.boolean({
      summary: "only your own images: the project's (/v1/projectimages)",
      aliases: ["private"],
      deprecateAliases: true,
    }),
    columns: Flags.custom({
      summary: `table columns, comma-separated: ${IMAGE_COLUMN_NAMES.join(",")}`,
      helpValue: "NAME,...",
      parse: async (input: string) => selectImageColumns(input),
    })(),
  };

  async run(): Promise<ImageList> {
    const f = this.flags;
    const apiVersion = this.settings.apiVersion;
    // Checked before any request: a flag the generation lacks is a usage error, not an ignored filter.
    const query = listQuery(f, apiVersion);
    const client = await this.client();
    const params = { project_id: this.projectId(), region_id: this.regionId(), ...query } as never;
    const list = f.owned
      ? await client.images.listOwned(params)
      : f.all
        ? await this.everyPage(client, params)
        : await client.images.list(params);
    this.table(list.results, f.columns ?? (f["include-prices"] ? [...imageColumns, ...priceColumns] : imageColumns));
    if (
      apiVersion === "2026-08" &&
      !f.owned &&
      list.count > list.results.length + (f.offset ?? 0) &&
      !this.jsonEnabled()
    )
      this.logToStderr(
        `showing ${list.results.length} of ${list.count} images; --all reads every page, --offset pages on`,
      );
    return list;
  }

  /** Every page of a 2026-08 list, as one list (`count` the total). */
  private async everyPage(client: Awaited<ReturnType<ImagesList["client"]>>, params: never): Promise<ImageList> {
    const images = client.images as unknown as { listAll(p: never): AsyncIterable<ImageList["results"][number]> };
    const results: ImageList["results"] = [];
    for await (const image of images.listAll(params)) results.push(image);
    return { count: results.length, results };
  }
}
