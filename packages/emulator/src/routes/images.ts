// Images: get, update, delete (task). Lists are in list.ts, creates in create.ts, upload in upload.ts.
import { randomUUID } from "node:crypto";
import { conflict, notFound } from "../http/errors.js";
import type { OpContext, OpHandler, RequestBody } from "../http/operation.js";
import type { OpContext as OpContext2026 } from "../http/operation-2026-08.js";
import { ownedImage, type ProjectScope, projectScope, visibleImage } from "../model/access.js";
import { checkMetadata, mergeMetadata } from "../model/metadata.js";
import { imageView, parseMetadata } from "../model/view.js";
import { isVisible } from "../model/visibility.js";
import { Directory } from "../store/directory.js";
import type { ImageRow, MetadataEntry } from "../store/rows.js";
import { once } from "./idempotent.js";

export const imagesGet: OpHandler<"imagesGet"> = (ctx) => {
  const { store, docs, worker } = ctx.core;
  const scope = projectScope(store, ctx.principal, ctx.path.project_id, ctx.path.region_id);
  const id = ctx.path.image_id;
  if (ctx.query.include_prices === true) {
    let image = visibleImage(store, scope, id);
    if (isSettling(image) && worker.settle(id)) image = store.images.get(id)!;
    return { status: 200, body: imageView(image, scope.regionName, true) };
  }
  let head = store.images.head(id);
  if (head && isVisible(store.shares, scope, head) && isSettling(head) && worker.settle(id))
    head = store.images.head(id);
  const doc = head && isVisible(store.shares, scope, head) ? docs.get(id, head.version) : undefined;
  if (!doc) throw notFound(`Image ${id} not found`);
  return { status: 200, raw: doc.json };
};

/** An uploaded image still saving after its task finished: a GET is a look that advances it. */
export const isSettling = (image: Pick<ImageRow, "status" | "task_id">) =>
  image.status === "saving" && image.task_id === null;

function assertNotDeleting(image: ImageRow): void {
  if (image.status === "deleting") throw conflict(`Image is locked by task ${image.task_id}`);
}

/** The fields of an update that both generations have (tags or metadata are changed by the caller's `retag`). */
export type PlainUpdate = Pick<
  RequestBody<"imagesUpdate">,
  "name" | "hw_firmware_type" | "hw_machine_type" | "is_baremetal" | "os_type" | "ssh_key"
>;

/** Updates an owned image in one transaction: the plain fields, then its metadata items with `retag` (if any). */
export function updateImage(
  ctx: OpContext<"imagesUpdate"> | OpContext2026<"imagesUpdate">,
  body: PlainUpdate,
  retag?: (items: MetadataEntry[]) => MetadataEntry[],
): { image: ImageRow; scope: ProjectScope } {
  const { store, clock } = ctx.core;
  const scope = projectScope(store, ctx.principal, ctx.path.project_id, ctx.path.region_id);
  const id = ctx.path.image_id;
  const image = store.write(() => {
    const image = ownedImage(store, ctx.principal, scope, id);
    assertNotDeleting(image);
    const now = clock.iso();
    const fields: Partial<Record<keyof ImageRow, string | number | null>> = { updated_at: now };
    if (body.name !== undefined) fields.name = body.name;
    if (body.hw_firmware_type !== undefined) fields.hw_firmware_type = body.hw_firmware_type;
    if (body.hw_machine_type !== undefined) fields.hw_machine_type = body.hw_machine_type;
    if (body.is_baremetal !== undefined) fields.is_baremetal = body.is_baremetal ? 1 : 0;
    if (body.os_type !== undefined) fields.os_type = body.os_type;
    if (body.ssh_key !== undefined) fields.ssh_key = body.ssh_key;
    if (retag) fields.metadata = JSON.stringify(retag(parseMetadata(image)));
    store.images.update(id, fields);
    return store.images.get(id)!;
  });
  return { image, scope };
}

export const imagesUpdate: OpHandler<"imagesUpdate"> = (ctx) => {
  const body = ctx.body;
  const metadata = body.metadata;
  if (metadata) checkMetadata(metadata, "metadata.");
  const { image, scope } = updateImage(ctx, body, metadata ? (items) => mergeMetadata(items, metadata) : undefined);
  return { status: 200, body: imageView(image, scope.regionName, false) };
};

export const imagesDelete: OpHandler<"imagesDelete"> = (ctx) => {
  const { store, clock, worker } = ctx.core;
  const scope = projectScope(store, ctx.principal, ctx.path.project_id, ctx.path.region_id);
  const id = ctx.path.image_id;
  const taskId = randomUUID();
  const createdMs = clock.now();
  const now = new Date(createdMs).toISOString();
  const result = once(ctx, () => {
    const image = ownedImage(store, ctx.principal, scope, id);
    assertNotDeleting(image);
    if (image.task_id) throw conflict(`Image is locked by task ${image.task_id}`);
    store.images.update(id, { status: "deleting", task_id: taskId, updated_at: now });
    store.tasks.insert({
      id: taskId,
      task_type: "delete_image",
      project_id: scope.projectId,
      region_id: scope.regionId,
      client_id: Directory.clientOf(ctx.principal),
      user_id: ctx.principal.userId,
      image_id: id,
      data: JSON.stringify({ image_id: id }),
      request_id: ctx.requestId,
      created_ms: createdMs,
      created_on: now,
    });
    return { tasks: [taskId] };
  });
  if (!result.done) worker.track(taskId, createdMs);
  return { status: 200, body: { tasks: result.tasks } };
};
