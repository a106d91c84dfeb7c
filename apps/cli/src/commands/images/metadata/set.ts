import { MetadataWriteCommand } from "../../../lib/images/metadata-write.js";

export default class ImagesMetadataSet extends MetadataWriteCommand<typeof ImagesMetadataSet> {
  static override summary = "add or change metadata items (merge)";
  static override description =
    "Keys not named keep their values. Read-only items cannot be changed In API 2026-08 one PATCH of the image with a tags merge patch (--deprecated-endpoint: the /metadata endpoint).";
  static override examples = [
    "<%= config.bin %> <%= command.id %> 3c8a9b4e-0000-4000-8000-000000000001 owner=team-web env=prod",
  ];
  static override usage = "images metadata set ID KEY=VALUE...";
  protected readonly operation = "merge";
}
