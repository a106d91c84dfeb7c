// Image metadata: list, merge (POST), replace (PUT), item get/delete by ?key=.
import { ownedImage, projectScope, visibleImage } from "../access.js";
import type { OpContext, OpHandler } from "../context.js";
import { conflict, forbidden, notFound } from "../errors.js";
import { checkMetadataSizes, mergeMetadata, replaceMetadata } from "../metadata.js";
import type { MetadataEntry } from "../store/rows.js";
import { parseMetadata } from "../view.js";

const scopeOf = (ctx: OpContext) =>
  projectScope(ctx.core.store, ctx.principal, ctx.path.project_id as number, ctx.path.region_id as number);

export const imageMetadataList: OpHandler = (ctx) => {
  const image = visibleImage(ctx.core.store, scopeOf(ctx), ctx.path.image_id as string);
  const items = parseMetadata(image);
  return { status: 200, body: { count: items.length, results: items } };
};

export const imageMetadataItemGet: OpHandler = (ctx) => {
  const image = visibleImage(ctx.core.store, scopeOf(ctx), ctx.path.image_id as string);
  const item = parseMetadata(image).find((i) => i.key === ctx.query.key);
  if (!item) throw notFound("Metadata item not found");
  return { status: 200, body: item };
};

/** Read-modify-write of an owned image's metadata in one transaction. */
function writeMetadata(ctx: OpContext, change: (items: MetadataEntry[]) => MetadataEntry[]) {
  const { store, clock } = ctx.core;
  const scope = scopeOf(ctx);
  const id = ctx.path.image_id as string;
  store.write(() => {
    const image = ownedImage(store, ctx.principal, scope, id);
    if (image.status === "deleting") throw conflict(`Image is locked by task ${image.task_id}`);
    store.images.setMetadata(id, change(parseMetadata(image)), clock.iso());
  });
  return { status: 204 };
}

export const imageMetadataMerge: OpHandler = (ctx) => {
  const body = ctx.body as Record<string, string>;
  checkMetadataSizes(body);
  return writeMetadata(ctx, (items) => mergeMetadata(items, body));
};

export const imageMetadataReplace: OpHandler = (ctx) => {
  const body = ctx.body as Record<string, string>;
  checkMetadataSizes(body);
  return writeMetadata(ctx, (items) => replaceMetadata(items, body));
};

export const imageMetadataItemDelete: OpHandler = (ctx) => {
  const key = ctx.query.key as string;
  return writeMetadata(ctx, (items) => {
    const item = items.find((i) => i.key === key);
    if (!item) throw notFound("Metadata item not found");
    if (item.read_only) throw forbidden(`Metadata item '${key}' is read-only`);
    return items.filter((i) => i.key !== key);
  });
};
