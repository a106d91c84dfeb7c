import { Args } from "@oclif/core";
import { BaseCommand, policyFlag, uuidArg } from "@imgctl/cli-core";

export interface MetadataUnsetResult {
  id: string;
  key: string;
  deleted: true;
}

export default class ImagesMetadataUnset extends BaseCommand<typeof ImagesMetadataUnset> {
  static override summary = "delete one metadata item";
  static override examples = ["<%= config.bin %> <%= command.id %> 3c8a9b4e-0000-4000-8000-000000000001 env"];
  static override args = {
    id: uuidArg("image id"),
    key: Args.string({ description: "metadata key", required: true }),
  };

  static override flags = { policy: policyFlag };

  async run(): Promise<MetadataUnsetResult> {
    const { id, key } = this.args;
    await this.runMetadataWriteHook({ operationId: "imageMetadataItemDelete", imageId: id, key });
    const client = await this.client();
    await client.images.metadata.delete(id, key, { project_id: this.projectId(), region_id: this.regionId() });
    this.log(`deleted metadata key ${key} of image ${id}`);
    return { id, key, deleted: true };
  }
}
