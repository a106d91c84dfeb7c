import { Flags } from "@oclif/core";
import type { Image, TaskIdList } from "@imgctl/types";
import { toMetadataMap } from "@imgctl/cli-core";
import { imagePropertyFlags, waitFlag } from "../../lib/images/flags.js";
import { ARCHITECTURES } from "../../lib/images/options.js";
import { uploadAndWait, uploadBody, urlFlag } from "../../lib/images/upload.js";
import { TaskCommand } from "../../lib/task-command.js";
import { withTags } from "../../lib/images/tags-2026.js";

export default class ImagesUpload extends TaskCommand<typeof ImagesUpload> {
  static override summary = "upload an image from an http(s) URL";
  static override description =
    "Starts a download_image task and prints its id. With --wait, follows the task, then the image until it is active with a size (the task can finish while the image is still being written), and prints the image.";
  static override examples = [
    "<%= config.bin %> <%= command.id %> --url https://cloud-images.ubuntu.com/jammy/current/jammy-server-cloudimg-amd64.img --name ubuntu-22.04-custom --os-distro ubuntu --os-version 22.04 --wait",
    "<%= config.bin %> <%= command.id %> --url https://example.com/app.qcow2 --name app-v2 --metadata owner=team-web --json",
  ];
  static override flags = {
    url: urlFlag({ required: true }),
    name: Flags.string({
      summary: "image name (3-63 letters, digits, spaces, dots, underscores, hyphens)",
      required: true,
    }),
    "os-distro": Flags.string({ summary: "OS distribution, e.g. ubuntu" }),
    "os-version": Flags.string({ summary: "OS version, e.g. 22.04" }),
    architecture: Flags.option({ options: ARCHITECTURES, summary: "CPU architecture (default x86_64)" })(),
    ...imagePropertyFlags,
    "cow-format": Flags.boolean({
      summary: "store as raw for quick starts; the image cannot be deleted while volumes made from it exist",
    }),
    baremetal: Flags.boolean({ summary: "the image is meant for bare-metal servers" }),
    wait: waitFlag,
  };

  async run(): Promise<Image | TaskIdList> {
    const f = this.flags;
    let body = uploadBody(f);
    if (f.metadata?.length) {
      const tags = toMetadataMap(f.metadata);
      body = withTags(body, this.settings.apiVersion, tags);
      await this.runMetadataWriteHook({ operationId: "imagesUpload", metadata: tags });
    }
    const client = await this.client();
    const params = { ...body, project_id: this.projectId(), region_id: this.regionId() };
    if (!f.wait) {
      const tasks = await client.images.upload(params);
      this.printStarted(tasks);
      return tasks;
    }
    const image = await uploadAndWait({ client, json: this.jsonEnabled(), local: this.settings.local }, params);
    this.printImage(image);
    return image;
  }
}
