import { MetadataWriteCommand } from "../../../lib/images/metadata-write.js";

export default class ImagesMetadataReplace extends MetadataWriteCommand<typeof ImagesMetadataReplace> {
  static override summary = "replace all user metadata with the given items";
  static override description =
    "Keys not named are removed; read-only items stay In API 2026-08 one PATCH of the image with a tags merge patch (--deprecated-endpoint: the /metadata endpoint).";
  static override examples = [
    "<%= config.bin %> <%= command.id %> 3c8a9b4e-0000-4000-8000-000000000001 owner=team-web",
  ];
  static override usage = "images metadata replace ID KEY=VALUE...";
  protected readonly operation = "replace";
}
