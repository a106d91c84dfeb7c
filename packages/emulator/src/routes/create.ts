// Create an image from a bootable volume (task create_image): POST /v1/images and, for bare-metal
// servers, POST /v1/bmimages, which takes the same body and always makes `is_baremetal: true`.
import { randomUUID } from "node:crypto";
import { badRequest, notFound } from "../http/errors.js";
import type { OpContext, OpHandler } from "../http/operation.js";
import type { OpContext as OpContext2026 } from "../http/operation-2026-08.js";
import { assertCanWrite, projectScope } from "../model/access.js";
import { checkMetadata, mergeMetadata } from "../model/metadata.js";
import { Directory } from "../store/directory.js";
import { sortedMetadata } from "../store/seed.js";
import { once } from "./idempotent.js";

/** System items set on every image created from a volume; users cannot change them. */
const createdReadOnly = (volumeId: string) => ({ image_source: "volume", source_volume_id: volumeId });

/** The user tags of a create or upload body (seed `metadata`, 2026-08 `tags`) and their generation's check. */
export interface UserTags {
  items: Record<string, string> | undefined;
  check(): void;
}

export const seedTags = (metadata: Record<string, string> | undefined): UserTags => ({
  items: metadata,
  check: () => metadata && checkMetadata(metadata, "metadata."),
});

type CreateContext =
  | OpContext<"imagesCreate">
  | OpContext<"baremetalImagesCreate">
  | OpContext2026<"imagesCreate">
  | OpContext2026<"baremetalImagesCreate">;

export function createFromVolume(ctx: CreateContext, baremetal: boolean, tags: UserTags) {
  const { store, clock, worker } = ctx.core;
  const scope = projectScope(store, ctx.principal, ctx.path.project_id, ctx.path.region_id);
  assertCanWrite(ctx.principal);
  const body = ctx.body;
  const volume = store.volume(body.volume_id);
  if (!volume || volume.project_id !== scope.projectId || volume.region_id !== scope.regionId) {
    throw notFound(`Volume ${body.volume_id} not found in project ${scope.projectId}, region ${scope.regionId}`);
  }
  if (!volume.bootable) {
    throw badRequest(`Volume ${body.volume_id} is not bootable`, { volume_id: ["volume is not bootable"] });
  }
  tags.check();
  const readOnly = createdReadOnly(volume.id);
  const metadata = mergeMetadata(sortedMetadata({}, readOnly), tags.items ?? {});
  const imageId = randomUUID();
  const taskId = randomUUID();
  const createdMs = clock.now();
  const now = new Date(createdMs).toISOString();
  const osType = body.os_type ?? "linux";
  const result = once(
    ctx,
    () => {
      store.images.insert({
        id: imageId,
        projectId: scope.projectId,
        regionId: scope.regionId,
        name: body.name,
        architecture: body.architecture ?? "x86_64",
        osDistro: osType === "windows" ? "windows" : "linux",
        osType,
        osVersion: "",
        diskFormat: "qcow2",
        minDisk: volume.size_gib,
        hwFirmwareType: body.hw_firmware_type ?? null,
        hwMachineType: body.hw_machine_type ?? null,
        sshKey: body.ssh_key ?? "allow",
        // null reads as false (the SDKs of the time send it); a bare-metal create is bare metal whatever the body says.
        isBaremetal: baremetal || body.is_baremetal === true,
        taskId,
        volumeId: volume.id,
        metadata,
        now,
      });
      store.tasks.insert({
        id: taskId,
        task_type: "create_image",
        project_id: scope.projectId,
        region_id: scope.regionId,
        client_id: Directory.clientOf(ctx.principal),
        user_id: ctx.principal.userId,
        image_id: imageId,
        data: JSON.stringify({ ...body, source: "volume" }),
        request_id: ctx.requestId,
        created_ms: createdMs,
        created_on: now,
      });
      return { tasks: [taskId] };
    },
    baremetal ? "bmimages:" : "",
  );
  if (!result.done) worker.track(taskId, createdMs);
  return { status: 200, body: { tasks: result.tasks } };
}

export const imagesCreate: OpHandler<"imagesCreate"> = (ctx) =>
  createFromVolume(ctx, false, seedTags(ctx.body.metadata));
export const baremetalImagesCreate: OpHandler<"baremetalImagesCreate"> = (ctx) =>
  createFromVolume(ctx, true, seedTags(ctx.body.metadata));
