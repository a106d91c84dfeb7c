import { Flags } from "@oclif/core";
import type { Image } from "@imgctl/types";
import { BaseCommand, renderKeyValues, uuidArg } from "@imgctl/cli-core";
import { imageDetails } from "../../lib/images/render.js";

export default class ImagesGet extends BaseCommand<typeof ImagesGet> {
  static override summary = "show one image";
  static override examples = [
    "<%= config.bin %> <%= command.id %> 3c8a9b4e-0000-4000-8000-000000000001 --include-prices",
  ];
  static override args = { id: uuidArg("image id") };
  static override flags = {
    "include-prices": Flags.boolean({ summary: "add prices" }),
  };

  async run(): Promise<Image> {
    const client = await this.client();
    const image = await client.images.get(this.args.id, {
      project_id: this.projectId(),
      region_id: this.regionId(),
      ...(this.flags["include-prices"] ? { include_prices: true } : {}),
    });
    this.log(renderKeyValues(imageDetails(image), { color: this.color }));
    return image;
  }
}
