// 2026-08 creates, uploads and the deprecated /metadata writes: the seed's operations with `tags`
// (checked by the 2026-08 rules) where the seed had `metadata`.
import type { OpContext, OpHandler } from "../../http/operation-2026-08.js";
import { mergeMetadata, replaceMetadata } from "../../model/metadata.js";
import { checkTagCharacters } from "../../model/tags.js";
import { createFromVolume, type UserTags } from "../create.js";
import { writeMetadata } from "../metadata.js";
import { uploadImage } from "../upload.js";

const tagsOf = (tags: Record<string, string> | undefined): UserTags => ({
  items: tags,
  check: () => tags && checkTagCharacters(tags, "tags."),
});

export const imagesCreate: OpHandler<"imagesCreate"> = (ctx) => createFromVolume(ctx, false, tagsOf(ctx.body.tags));
export const baremetalImagesCreate: OpHandler<"baremetalImagesCreate"> = (ctx) =>
  createFromVolume(ctx, true, tagsOf(ctx.body.tags));
export const imagesUpload: OpHandler<"imagesUpload"> = (ctx) => uploadImage(ctx, tagsOf(ctx.body.tags));

type TagWriteContext = OpContext<"imageMetadataMerge"> | OpContext<"imageMetadataReplace">;

/** POST merges the given tags into the user tags (read-only ones cannot change: 403). */
export const imageMetadataMerge: OpHandler<"imageMetadataMerge"> = (ctx: TagWriteContext) => {
  const body = ctx.body;
  checkTagCharacters(body);
  return writeMetadata(ctx, (items) => mergeMetadata(items, body));
};

/** PUT replaces the user tags; read-only ones stay. */
export const imageMetadataReplace: OpHandler<"imageMetadataReplace"> = (ctx: TagWriteContext) => {
  const body = ctx.body;
  checkTagCharacters(body);
  return writeMetadata(ctx, (items) => replaceMetadata(items, body));
};
