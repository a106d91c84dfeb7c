import { Flags } from "@oclif/core";
import type { Image, ImageUpdate } from "@imgctl/types";
import { BaseCommand, EXIT, renderKeyValues, toMetadataMap, uuidArg } from "@imgctl/cli-core";
import { imagePropertyFlags } from "../../lib/images/flags.js";
import { imageDetails } from "../../lib/images/render.js";
import { withTags } from "../../lib/images/tags-2026.js";

export default class ImagesUpdate extends BaseCommand<typeof ImagesUpdate> {
  static override summary = "change an image's name or properties";
  static override description = "Only the given fields change; --metadata is merged into the image's metadata.";
  static override examples = [
    "<%= config.bin %> <%= command.id %> 3c8a9b4e-0000-4000-8000-000000000001 --name web-golden-2 --ssh-key required",
  ];
  static override args = { id: uuidArg("image id") };
  static override flags = {
    name: Flags.string({ summary: "new image name" }),
    ...imagePropertyFlags,
    baremetal: Flags.boolean({ summary: "mark as (or with --no-baremetal, not as) a bare-metal image", allowNo: true }),
  };

  async run(): Promise<Image> {
    const f = this.flags;
    let body: ImageUpdate = {};
    if (f.name !== undefined) body.name = f.name;
    if (f["os-type"]) body.os_type = f["os-type"];
    if (f["ssh-key"]) body.ssh_key = f["ssh-key"];
    if (f["hw-firmware-type"]) body.hw_firmware_type = f["hw-firmware-type"];
    if (f["hw-machine-type"]) body.hw_machine_type = f["hw-machine-type"];
    if (f.baremetal !== undefined) body.is_baremetal = f.baremetal;
    // In 2026-08 the tags are a merge patch of strings here: named keys set, the others stay (as 2025-04's merge).
    const tags = f.metadata?.length ? toMetadataMap(f.metadata) : undefined;
    if (tags) body = withTags(body, this.settings.apiVersion, tags);
    if (Object.keys(body).length === 0)
      this.error("nothing to change: pass at least one flag (see --help)", { exit: EXIT.usage });
    if (tags) await this.runMetadataWriteHook({ operationId: "imagesUpdate", imageId: this.args.id, metadata: tags });
    const client = await this.client();
    const image = await client.images.update(this.args.id, {
      ...body,
      project_id: this.projectId(),
      region_id: this.regionId(),
    });
    this.log(renderKeyValues(imageDetails(image), { color: this.color }));
    return image;
  }
}
