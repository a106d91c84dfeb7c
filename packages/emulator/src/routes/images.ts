// Images: list, list owned, get, create from volume (task), update, delete (task).
import { randomUUID } from "node:crypto";
import { assertCanWrite, ownedImage, projectScope, visibleImage } from "../access.js";
import type { OpContext, OpHandler } from "../context.js";
import { badRequest, conflict, notFound } from "../errors.js";
import { checkMetadataSizes, mergeMetadata } from "../metadata.js";
import { sortedMetadata } from "../store/seed.js";
import type { ImageRow } from "../store/rows.js";
import { Directory } from "../store/directory.js";
import { imageView, parseMetadata } from "../view.js";
import { isVisible } from "../visibility.js";

type Filters = { visibility?: string; private?: string; metadata_k?: string; metadata_kv?: string; include_prices?: boolean };

function parseJsonParam<T>(name: string, raw: string, check: (v: unknown) => v is T, expected: string): T {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw badRequest(`Validation failed: ${name}: must be ${expected}`, { [name]: [`must be ${expected}`] });
  }
  if (!check(value)) throw badRequest(`Validation failed: ${name}: must be ${expected}`, { [name]: [`must be ${expected}`] });
  return value;
}
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
const isStringMap = (v: unknown): v is Record<string, string> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === "string");

function listImages(ctx: OpContext, ownedOnly: boolean) {
  const { store } = ctx.core;
  const q = ctx.query as Filters;
  const scope = projectScope(store, ctx.principal, ctx.path.project_id as number, ctx.path.region_id as number);
  const keys = q.metadata_k === undefined ? undefined : parseJsonParam("metadata_k", q.metadata_k, isStringArray, "a JSON array of strings");
  const pairs = q.metadata_kv === undefined ? undefined : parseJsonParam("metadata_kv", q.metadata_kv, isStringMap, "a JSON object of strings");
  // `private` (any value, even empty) = the project's own images only, like /v1/projectimages.
  const own = ownedOnly || q.private !== undefined;
  const refs = own ? store.images.listOwn(scope.projectId, scope.regionId) : store.images.listVisible(scope.projectId, scope.regionId, scope.limit, scope.sharedIn);
  const parts: string[] = [];
  for (const ref of refs) {
    const doc = ctx.core.docs.get(ref.id, ref.version);
    if (!doc) continue;
    if (q.visibility !== undefined && doc.visibility !== q.visibility) continue;
    const items = doc.items;
    if (keys && !keys.every((k) => items.some((i) => i.key === k))) continue;
    if (pairs && !Object.entries(pairs).every(([k, v]) => items.some((i) => i.key === k && i.value === v))) continue;
    parts.push(q.include_prices === true ? JSON.stringify(imageView(store.images.get(ref.id)!, scope.regionName, true, items)) : doc.json);
  }
  return { status: 200, raw: `{"count":${parts.length},"results":[${parts.join(",")}]}` };
}

export const imagesList: OpHandler = (ctx) => listImages(ctx, false);
export const imagesListOwned: OpHandler = (ctx) => listImages(ctx, true);

export const imagesGet: OpHandler = (ctx) => {
  const { store, docs } = ctx.core;
  const scope = projectScope(store, ctx.principal, ctx.path.project_id as number, ctx.path.region_id as number);
  const id = ctx.path.image_id as string;
  if (ctx.query.include_prices === true) {
    return { status: 200, body: imageView(visibleImage(store, scope, id), scope.regionName, true) };
  }
  const head = store.images.head(id);
  const doc = head && isVisible(store.shares, scope, head) ? docs.get(id, head.version) : undefined;
  if (!doc) throw notFound(`Image ${id} not found`);
  return { status: 200, raw: doc.json };
};

interface CreateBody {
  name: string; volume_id: string; architecture?: string; hw_firmware_type?: string | null; hw_machine_type?: string | null;
  is_baremetal?: boolean; os_type?: string; ssh_key?: string; metadata?: Record<string, string>;
}

/** System items set on every image created from a volume; users cannot change them. */
const createdReadOnly = (volumeId: string) => ({ image_source: "volume", source_volume_id: volumeId });

export const imagesCreate: OpHandler = (ctx) => {
  const { store, clock, worker } = ctx.core;
  const scope = projectScope(store, ctx.principal, ctx.path.project_id as number, ctx.path.region_id as number);
  assertCanWrite(ctx.principal);
  const body = ctx.body as CreateBody;
  const volume = store.volume(body.volume_id);
  if (!volume || volume.project_id !== scope.projectId || volume.region_id !== scope.regionId) {
    throw notFound(`Volume ${body.volume_id} not found in project ${scope.projectId}, region ${scope.regionId}`);
  }
  if (!volume.bootable) {
    throw badRequest(`Volume ${body.volume_id} is not bootable`, { volume_id: ["volume is not bootable"] });
  }
  if (body.metadata) checkMetadataSizes(body.metadata, "metadata.");
  const readOnly = createdReadOnly(volume.id);
  const metadata = mergeMetadata(sortedMetadata({}, readOnly), body.metadata ?? {});
  const imageId = randomUUID();
  const taskId = randomUUID();
  const createdMs = clock.now();
  const now = new Date(createdMs).toISOString();
  const osType = body.os_type ?? "linux";
  const result = once(ctx, () => {
    store.images.insert({
      id: imageId, projectId: scope.projectId, regionId: scope.regionId, name: body.name,
      architecture: body.architecture ?? "x86_64", osDistro: osType === "windows" ? "windows" : "linux", osType, osVersion: "",
      minDisk: volume.size_gib, hwFirmwareType: body.hw_firmware_type ?? null, hwMachineType: body.hw_machine_type ?? null,
      sshKey: body.ssh_key ?? "allow", isBaremetal: body.is_baremetal ?? false, taskId, volumeId: volume.id, metadata, now,
    });
    store.tasks.insert({
      id: taskId, task_type: "create_image", project_id: scope.projectId, region_id: scope.regionId,
      client_id: Directory.clientOf(ctx.principal), user_id: ctx.principal.userId, image_id: imageId,
      data: JSON.stringify({ ...body, source: "volume" }), request_id: ctx.requestId, created_ms: createdMs, created_on: now,
    });
    return { tasks: [taskId] };
  });
  if (!result.done) worker.track(taskId, createdMs);
  return { status: 200, body: { tasks: result.tasks } };
};

/** Runs an asynchronous write once per (caller, Idempotency-Key); a repeat gets the first answer. */
function once(ctx: OpContext, write: () => { tasks: string[] }): { tasks: string[]; replayed: boolean; done: boolean } {
  const { store, clock } = ctx.core;
  const key = ctx.headers.get("idempotency-key");
  const principal = JSON.stringify(ctx.principal);
  const operation = `${ctx.path.project_id}/${ctx.path.region_id}/${ctx.path.image_id ?? ""}`;
  return store.write(() => {
    if (key) {
      const previous = store.idempotency.get(principal, key);
      if (previous) {
        if (previous.operation !== operation) throw conflict("Idempotency-Key was already used for another request");
        return { ...(previous.response as { tasks: string[] }), replayed: true, done: true };
      }
    }
    const response = write();
    if (key) store.idempotency.remember(principal, key, operation, response, clock.now());
    const done = response.tasks.every((id) => ctx.core.worker.completeInline(id));
    return { ...response, replayed: false, done };
  });
}

function assertNotDeleting(image: ImageRow): void {
  if (image.status === "deleting") throw conflict(`Image is locked by task ${image.task_id}`);
}

interface UpdateBody {
  name?: string; hw_firmware_type?: string; hw_machine_type?: string; is_baremetal?: boolean | null; os_type?: string;
  ssh_key?: string; metadata?: Record<string, string>;
}

export const imagesUpdate: OpHandler = (ctx) => {
  const { store, clock } = ctx.core;
  const scope = projectScope(store, ctx.principal, ctx.path.project_id as number, ctx.path.region_id as number);
  const id = ctx.path.image_id as string;
  const body = ctx.body as UpdateBody;
  if (body.metadata) checkMetadataSizes(body.metadata, "metadata.");
  const updated = store.write(() => {
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
    if (body.metadata) fields.metadata = JSON.stringify(mergeMetadata(parseMetadata(image), body.metadata));
    store.images.update(id, fields);
    return store.images.get(id)!;
  });
  return { status: 200, body: imageView(updated, scope.regionName, false) };
};

export const imagesDelete: OpHandler = (ctx) => {
  const { store, clock, worker } = ctx.core;
  const scope = projectScope(store, ctx.principal, ctx.path.project_id as number, ctx.path.region_id as number);
  const id = ctx.path.image_id as string;
  const taskId = randomUUID();
  const createdMs = clock.now();
  const now = new Date(createdMs).toISOString();
  const result = once(ctx, () => {
    const image = ownedImage(store, ctx.principal, scope, id);
    assertNotDeleting(image);
    if (image.task_id) throw conflict(`Image is locked by task ${image.task_id}`);
    store.images.update(id, { status: "deleting", task_id: taskId, updated_at: now });
    store.tasks.insert({
      id: taskId, task_type: "delete_image", project_id: scope.projectId, region_id: scope.regionId,
      client_id: Directory.clientOf(ctx.principal), user_id: ctx.principal.userId, image_id: id,
      data: JSON.stringify({ image_id: id }), request_id: ctx.requestId, created_ms: createdMs, created_on: now,
    });
    return { tasks: [taskId] };
  });
  if (!result.done) worker.track(taskId, createdMs);
  return { status: 200, body: { tasks: result.tasks } };
};
