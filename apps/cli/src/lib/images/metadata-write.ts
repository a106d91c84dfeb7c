import { Args, type Command } from "@oclif/core";
import type { MetadataItemList, MetadataWriteItem } from "@imgctl/types";
import { BaseCommand, policyFlag, uuidArg, writeImageOf } from "@imgctl/cli-core";
import { metadataColumns } from "./render.js";
import { parsePairs } from "./metadata.js";
import { deprecatedEndpointFlag, patchTags, replacePatch } from "./tags-2026.js";

/** `images metadata set` and `replace`: same arguments, one differs in the request it sends. */
export abstract class MetadataWriteCommand<T extends typeof Command> extends BaseCommand<T> {
  static override strict = false;
  static override args = {
    id: uuidArg("image id"),
    pairs: Args.string({ description: "key=value pairs" }),
  };

  static override flags = { policy: policyFlag, "deprecated-endpoint": deprecatedEndpointFlag };

  protected abstract readonly operation: "merge" | "replace";

  async run(): Promise<MetadataItemList> {
    const imageId = this.args.id;
    const metadata = parsePairs(this.argvValues.slice(1));
    const client = await this.client();
    const params = { project_id: this.projectId(), region_id: this.regionId() };
    // One read before the write serves both the metadata:write hook and the output: two requests, policy or not.
    const before = writeImageOf(await client.images.get(imageId, params));
    if (
      this.settings.apiVersion === "2026-08" &&
      !(this.flags as { "deprecated-endpoint"?: boolean })["deprecated-endpoint"]
    ) {
      // 2026-08's own tag write: one PATCH, judged by the metadata:write hook as the merge patch it sends.
      const patch = this.operation === "merge" ? metadata : replacePatch(before.metadata, metadata);
      await this.runMetadataWriteHook({ operationId: "imagesUpdate", imageId, metadata: patch, before });
      const results = await patchTags(client, imageId, patch, params);
      this.table(results, metadataColumns);
      return { count: results.length, results };
    }
    const operationId = this.operation === "merge" ? "imageMetadataMerge" : "imageMetadataReplace";
    await this.runMetadataWriteHook({ operationId, imageId, metadata, before });
    await client.images.metadata[this.operation](imageId, metadata, params);
    const results = metadataAfter(before.metadata, this.operation, metadata);
    const after: MetadataItemList = { count: results.length, results };
    this.table(after.results, metadataColumns);
    return after;
  }
}

/**
 * The items after a successful write, as the API defines it: a merge sets the named keys, a replace keeps only the
 * read-only items and the named keys (the API refuses a write that would change a read-only item), sorted by key.
 */
function metadataAfter(
  items: MetadataWriteItem[],
  operation: "merge" | "replace",
  metadata: Record<string, string>,
): MetadataWriteItem[] {
  const next = new Map(items.filter((i) => operation === "merge" || i.read_only).map((i) => [i.key, i]));
  for (const [key, value] of Object.entries(metadata))
    if (!next.get(key)?.read_only) next.set(key, { key, value, read_only: false });
  return [...next.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
