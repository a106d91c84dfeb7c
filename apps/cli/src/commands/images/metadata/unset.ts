import { Args } from "@oclif/core";
import { BaseCommand, policyFlag, uuidArg } from "@imgctl/cli-core";
import { deprecatedEndpointFlag, patchTags } from "../../../lib/images/tags-2026.js";

export interface MetadataUnsetResult {
  id: string;
  key: string;
  deleted: true;
}

export default class ImagesMetadataUnset extends BaseCommand<typeof ImagesMetadataUnset> {
  static override summary = "delete one metadata item";
  static override description =
    "In API 2026-08 one PATCH of the image whose tags merge patch nulls the key (--deprecated-endpoint: DELETE /metadata_item).";
  static override examples = ["<%= config.bin %> <%= command.id %> 3c8a9b4e-0000-4000-8000-000000000001 env"];
  static override args = {
    id: uuidArg("image id"),
    key: Args.string({ description: "metadata key", required: true }),
  };

  static override flags = { policy: policyFlag, "deprecated-endpoint": deprecatedEndpointFlag };

  async run(): Promise<MetadataUnsetResult> {
    const { id, key } = this.args;
    if (this.settings.apiVersion === "2026-08" && !this.flags["deprecated-endpoint"]) {
      const patch = { [key]: null };
      await this.runMetadataWriteHook({ operationId: "imagesUpdate", imageId: id, metadata: patch });
      await patchTags(await this.client(), id, patch, { project_id: this.projectId(), region_id: this.regionId() });
      this.log(`deleted metadata key ${key} of image ${id}`);
      return { id, key, deleted: true };
    }
    await this.runMetadataWriteHook({ operationId: "imageMetadataItemDelete", imageId: id, key });
    const client = await this.client();
    await client.images.metadata.delete(id, key, { project_id: this.projectId(), region_id: this.regionId() });
    this.log(`deleted metadata key ${key} of image ${id}`);
    return { id, key, deleted: true };
  }
}
