import { Flags } from "@oclif/core";
import type { Image, TaskIdList } from "@imgctl/types";
import { toMetadataMap } from "@imgctl/cli-core";
import { imagePropertyFlags, waitFlag } from "../../lib/images/flags.js";
import { ARCHITECTURES } from "../../lib/images/options.js";
import { volumeImageBody } from "../../lib/images/volume-body.js";
import { TaskCommand } from "../../lib/task-command.js";
import { withTags } from "../../lib/images/tags-2026.js";

export default class BaremetalImagesCreate extends TaskCommand<typeof BaremetalImagesCreate> {
  static override summary = "create a bare-metal image from a bootable volume";
  static override description =
    "Starts a create task and prints its id; with --wait, follows the task and prints the new image (is_baremetal true).";
  static override examples = [
    "<%= config.bin %> <%= command.id %> --name bm-golden --volume-id 22222222-0000-4000-8000-000010010001 --wait",
  ];
  static override flags = {
    name: Flags.string({
      summary: "image name (3-63 letters, digits, spaces, dots, underscores, hyphens)",
      required: true,
    }),
    "volume-id": Flags.string({ summary: "bootable volume in the same project and region", required: true }),
    architecture: Flags.option({ options: ARCHITECTURES, summary: "CPU architecture (default x86_64)" })(),
    ...imagePropertyFlags,
    wait: waitFlag,
  };

  async run(): Promise<Image | TaskIdList> {
    const f = this.flags;
    let body = volumeImageBody(f);
    if (f.metadata?.length) {
      const tags = toMetadataMap(f.metadata);
      body = withTags(body, this.settings.apiVersion, tags);
      await this.runMetadataWriteHook({ operationId: "baremetalImagesCreate", metadata: tags });
    }
    const client = await this.client();
    const tasks = await client.baremetalImages.create({
      ...body,
      project_id: this.projectId(),
      region_id: this.regionId(),
    });
    return this.finishCreate(tasks, f.wait);
  }
}
