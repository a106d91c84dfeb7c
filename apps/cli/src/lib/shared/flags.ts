import { Errors, Flags } from "@oclif/core";
import { EXIT } from "@imgctl/cli-core";
import { ENTITY_TYPES } from "../images/options.js";

export const entityFlags = {
  "entity-type": Flags.option({ options: ENTITY_TYPES, summary: "kind of entity the record is for" })(),
  "entity-id": Flags.integer({ min: 1, summary: "id of the reseller, client or project (default: the caller's own)" }),
};

/** How a record names its images: `--image-id …`, `--all-public` (null) or `--none` ([]). */
export const imageSetFlags = {
  "image-id": Flags.string({
    multiple: true,
    summary: "an image the entity may use (repeatable)",
    exclusive: ["all-public", "none"],
  }),
  "all-public": Flags.boolean({
    summary: "the entity may use every public image (image_ids null)",
    exclusive: ["image-id", "none"],
  }),
  none: Flags.boolean({
    summary: "the entity may use no public image (image_ids [])",
    exclusive: ["image-id", "all-public"],
  }),
};

export function imageIdsFrom(flags: {
  "image-id"?: string[] | undefined;
  "all-public"?: boolean;
  none?: boolean;
}): string[] | null {
  if (flags["all-public"]) return null;
  if (flags.none) return [];
  if (flags["image-id"]?.length) return flags["image-id"];
  throw new Errors.CLIError("say which images: --image-id ID (repeatable), --all-public or --none", {
    exit: EXIT.usage,
  });
}
