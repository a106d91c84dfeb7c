import { Flags } from "@oclif/core";
import type { Image, TaskIdList } from "@imgctl/types";
import { toMetadataMap } from "@imgctl/cli-core";
import { imagePropertyFlags, waitFlag } from "../../lib/images/flags.js";
import { ARCHITECTURES } from "../../lib/images/options.js";
import { TaskCommand } from "../../lib/task-command.js";
import { withTags } from "../../lib/images/tags-2026.js";
import { volumeImageBody } from "../../lib/images/volume-body.js";

export default class ImagesCreate extends TaskCommand<typeof ImagesCreate> {
  static override summary = "create an image from a bootable volume";
  static override description =
    "Starts a create task and prints its id; with --wait, follows the task and prints the new image.";
  static override examples = [
    "<%= config.bin %> <%= command.id %> --name web-golden --volume-id 7b1e0c52-0000-4000-8000-000000000010 --metadata owner=team-web --wait",
  ];
  static override flags = {
    name: Flags.string({
      summary: "image name (3-63 letters, digits, spaces, dots, underscores, hyphens)",
      required: true,
    }),
    "volume-id": Flags.string({ summary: "bootable volume in the same project and region", required: true }),
    architecture: Flags.option({ options: ARCHITECTURES, summary: "CPU architecture (default x86_64)" })(),
    ...imagePropertyFlags,
    baremetal: Flags.boolean({ summary: "the image is meant for bare-metal servers" }),
    wait: waitFlag,
  };

  async run(): Promise<Image | TaskIdList> {
    const f = this.flags;
    let body = volumeImageBody(f);
    if (f.baremetal) body.is_baremetal = true;
    if (f.metadata?.length) {
      const tags = toMetadataMap(f.metadata);
      body = withTags(body, this.settings.apiVersion, tags);
      await this.runMetadataWriteHook({ operationId: "imagesCreate", metadata: tags });
    }
    const client = await this.client();
    const tasks = await client.images.create({ ...body, project_id: this.projectId(), region_id: this.regionId() });
    return this.finishCreate(tasks, f.wait);
  }
}
