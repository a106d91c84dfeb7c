// Image metadata: list, merge (POST), replace (PUT), item get/delete by ?key=.
import { conflict, forbidden, notFound } from "../http/errors.js";
import type { OpContext, OpHandler } from "../http/operation.js";
import type { OpContext as OpContext2026 } from "../http/operation-2026-08.js";
import { ownedImage, projectScope, visibleImage } from "../model/access.js";
import { checkMetadata, mergeMetadata, replaceMetadata } from "../model/metadata.js";
import { parseMetadata } from "../model/view.js";
import type { MetadataEntry } from "../store/rows.js";

/** Every metadata operation addresses one image: the same path parameters. */
type MetadataContext =
  | OpContext<
      | "imageMetadataList"
      | "imageMetadataMerge"
      | "imageMetadataReplace"
      | "imageMetadataItemGet"
      | "imageMetadataItemDelete"
    >
  | OpContext2026<"imageMetadataMerge" | "imageMetadataReplace">;

const scopeOf = (ctx: MetadataContext) =>
  projectScope(ctx.core.store, ctx.principal, ctx.path.project_id, ctx.path.region_id);

export const imageMetadataList: OpHandler<"imageMetadataList"> = (ctx) => {
  const image = visibleImage(ctx.core.store, scopeOf(ctx), ctx.path.image_id);
  const items = parseMetadata(image);
  return { status: 200, body: { count: items.length, results: items } };
};

export const imageMetadataItemGet: OpHandler<"imageMetadataItemGet"> = (ctx) => {
  const image = visibleImage(ctx.core.store, scopeOf(ctx), ctx.path.image_id);
  const item = parseMetadata(image).find((i) => i.key === ctx.query.key);
  if (!item) throw notFound("Metadata item not found");
  return { status: 200, body: item };
};

/** Read-modify-write of an owned image's metadata in one transaction. */
export function writeMetadata(ctx: MetadataContext, change: (items: MetadataEntry[]) => MetadataEntry[]) {
  const { store, clock } = ctx.core;
  const scope = scopeOf(ctx);
  const id = ctx.path.image_id;
  store.write(() => {
    const image = ownedImage(store, ctx.principal, scope, id);
    if (image.status === "deleting") throw conflict(`Image is locked by task ${image.task_id}`);
    store.images.setMetadata(id, change(parseMetadata(image)), clock.iso());
  });
  return { status: 204 };
}

export const imageMetadataMerge: OpHandler<"imageMetadataMerge"> = (ctx) => {
  const body = ctx.body;
  checkMetadata(body);
  return writeMetadata(ctx, (items) => mergeMetadata(items, body));
};

export const imageMetadataReplace: OpHandler<"imageMetadataReplace"> = (ctx) => {
  const body = ctx.body;
  checkMetadata(body);
  return writeMetadata(ctx, (items) => replaceMetadata(items, body));
};

export const imageMetadataItemDelete: OpHandler<"imageMetadataItemDelete"> = (ctx) => {
  const key = ctx.query.key;
  return writeMetadata(ctx, (items) => {
    const item = items.find((i) => i.key === key);
    if (!item) throw notFound("Metadata item not found");
    if (item.read_only) throw forbidden(`Metadata item '${key}' is read-only`);
    return items.filter((i) => i.key !== key);
  });
};
