// POST /v1/downloadimage/{p}/{r}: upload an image from an http(s) URL (task download_image). The
// image starts `queued`, is `saving` while the task runs and after it (see model/tasks.ts), then
// `active`; an unreachable URL ends the task in ERROR and the image in `error` (model/upload.ts).
import { randomUUID } from "node:crypto";
import { badRequest } from "../http/errors.js";
import type { OpContext, OpHandler } from "../http/operation.js";
import type { OpContext as OpContext2026 } from "../http/operation-2026-08.js";
import { assertCanWrite, projectScope } from "../model/access.js";
import { mergeMetadata } from "../model/metadata.js";
import { Directory } from "../store/directory.js";
import { sortedMetadata } from "../store/seed.js";
import { seedTags, type UserTags } from "./create.js";
import { once } from "./idempotent.js";

/** System item set on every uploaded image (as `image_source=volume` on created ones); read-only. */
const UPLOADED_READ_ONLY = { image_source: "url" };

/** The spec's pattern already asks for http(s)://; this also refuses a URL without a host. */
function checkUrl(url: string): void {
  let host = "";
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") host = parsed.hostname;
  } catch {
    // not a URL at all: the message below
  }
  if (host === "")
    throw badRequest("Validation failed: url: must be an http or https URL with a host", {
      url: ["must be an http or https URL with a host"],
    });
}

export const imagesUpload: OpHandler<"imagesUpload"> = (ctx) => uploadImage(ctx, seedTags(ctx.body.metadata));

export function uploadImage(ctx: OpContext<"imagesUpload"> | OpContext2026<"imagesUpload">, tags: UserTags) {
  const { store, clock, worker } = ctx.core;
  const scope = projectScope(store, ctx.principal, ctx.path.project_id, ctx.path.region_id);
  assertCanWrite(ctx.principal);
  const body = ctx.body;
  checkUrl(body.url);
  tags.check();
  const metadata = mergeMetadata(sortedMetadata({}, UPLOADED_READ_ONLY), tags.items ?? {});
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
        osDistro: body.os_distro ?? (osType === "windows" ? "windows" : "linux"),
        osType,
        osVersion: body.os_version ?? "",
        // Quick-start (copy-on-write) images are stored raw, the others as qcow2.
        diskFormat: body.cow_format === true ? "raw" : "qcow2",
        minDisk: 0,
        hwFirmwareType: body.hw_firmware_type ?? null,
        hwMachineType: body.hw_machine_type ?? null,
        sshKey: body.ssh_key ?? "allow",
        isBaremetal: body.is_baremetal === true,
        taskId,
        volumeId: null,
        metadata,
        now,
      });
      store.tasks.insert({
        id: taskId,
        task_type: "download_image",
        project_id: scope.projectId,
        region_id: scope.regionId,
        client_id: Directory.clientOf(ctx.principal),
        user_id: ctx.principal.userId,
        image_id: imageId,
        data: JSON.stringify(body),
        request_id: ctx.requestId,
        created_ms: createdMs,
        created_on: now,
      });
      return { tasks: [taskId] };
    },
    "downloadimage:",
  );
  if (!result.done) worker.track(taskId, createdMs);
  return { status: 200, body: { tasks: result.tasks } };
}
