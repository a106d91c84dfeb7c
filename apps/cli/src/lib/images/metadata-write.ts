import { Args, type Command } from "@oclif/core";
import type { MetadataItemList } from "@imgctl/types";
import { BaseCommand, policyFlag, uuidArg } from "@imgctl/cli-core";
import { metadataColumns } from "./render.js";
import { parsePairs } from "./metadata.js";

/** `images metadata set` and `replace`: same arguments, one differs in the request it sends. */
export abstract class MetadataWriteCommand<T extends typeof Command> extends BaseCommand<T> {
  static override strict = false;
  static override args = {
    id: uuidArg("image id"),
    pairs: Args.string({ description: "key=value pairs" }),
  };

  static override flags = { policy: policyFlag };

  protected abstract readonly operation: "merge" | "replace";

  async run(): Promise<MetadataItemList> {
    const imageId = this.args.id;
    const metadata = parsePairs(this.argvValues.slice(1));
    await this.runMetadataWriteHook({ operation: this.operation, imageId, metadata });
    const client = await this.client();
    const params = { project_id: this.projectId(), region_id: this.regionId() };
    await client.images.metadata[this.operation](imageId, metadata, params);
    const after = await client.images.metadata.list(imageId, params);
    this.table(after.results, metadataColumns);
    return after;
  }
}
