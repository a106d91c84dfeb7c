// Rows → API objects (the April-2025 ImageSchema and the Task schema).
import type { ImageRow, MetadataEntry, TaskRow } from "../store/rows.js";

export function parseMetadata(row: ImageRow): MetadataEntry[] {
  return JSON.parse(row.metadata) as MetadataEntry[];
}

export function imageView(
  row: ImageRow,
  regionName: string,
  includePrices: boolean,
  items = parseMetadata(row),
): Record<string, unknown> {
  // Own properties whatever the key: `metadata["__proto__"] = v` on a plain object would set its
  // prototype and drop the item from `metadata` while `metadata_detailed` keeps it.
  const metadata: Record<string, string> = Object.fromEntries(items.map((item) => [item.key, item.value]));
  const image: Record<string, unknown> = {
    name: row.name,
    id: row.id,
    architecture: row.architecture,
    created_at: row.created_at,
    creator_task_id: row.creator_task_id,
    description: row.description,
    disk_format: row.disk_format,
    display_order: row.display_order,
    hw_firmware_type: row.hw_firmware_type,
    hw_machine_type: row.hw_machine_type,
    internally_shared: row.internally_shared === 1,
    is_baremetal: row.is_baremetal === 1,
    metadata,
    metadata_detailed: items,
    min_disk: row.min_disk,
    min_ram: row.min_ram,
    os_distro: row.os_distro,
    os_type: row.os_type,
    os_version: row.os_version,
    project_id: row.project_id,
    region: regionName,
    region_id: row.region_id,
    size: row.size,
    ssh_key: row.ssh_key,
    status: row.status,
    task_id: row.task_id,
    updated_at: row.updated_at,
    visibility: row.visibility,
  };
  if (includePrices) {
    image.currency_code = "USD";
    image.price_per_hour = row.price_per_hour;
    image.price_per_month = row.price_per_month;
    image.price_status = row.price_per_hour > 0 || row.price_per_month > 0 ? "show" : "hide";
  }
  return image;
}

export function taskView(row: TaskRow): Record<string, unknown> {
  return {
    id: row.id,
    user_id: row.user_id,
    task_type: row.task_type,
    state: row.state,
    created_on: row.created_on,
    updated_on: row.updated_on,
    finished_on: row.finished_on,
    acknowledged_at: row.acknowledged_at,
    acknowledged_by: row.acknowledged_by,
    client_id: row.client_id,
    project_id: row.project_id,
    region_id: row.region_id,
    request_id: row.request_id,
    user_client_id: row.client_id,
    error: row.error,
    data: row.data === null ? null : JSON.parse(row.data),
    detailed_state: row.state === "FINISHED" || row.state === "ERROR" ? row.state : null,
    job_id: null,
    lifecycle_policy_id: null,
    schedule_id: null,
    created_resources: row.created_resources === null ? null : JSON.parse(row.created_resources),
  };
}
