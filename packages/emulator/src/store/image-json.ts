// The Image (without prices) serialized by SQLite itself: a cold list of 1,000 images read
// with `SELECT *` then JSON.parse/JSON.stringify per row cost ≈45–90 ms and most of the garbage
// collection of an `imgctl images list`; json_object() over the same rows costs ≈7–20 ms.
// Same keys in the same order as view.ts imageView(..., includePrices = false); a test compares
// the two for every demo image. (Object key order can differ only for integer-like metadata
// keys, which JavaScript moves first; the objects are equal.)
const IMAGE_JSON = `json_object(
  'name', name, 'id', id, 'architecture', architecture, 'created_at', created_at, 'creator_task_id', creator_task_id,
  'description', description, 'disk_format', disk_format, 'display_order', display_order,
  'hw_firmware_type', hw_firmware_type, 'hw_machine_type', hw_machine_type,
  'internally_shared', json(CASE internally_shared WHEN 1 THEN 'true' ELSE 'false' END),
  'is_baremetal', json(CASE is_baremetal WHEN 1 THEN 'true' ELSE 'false' END),
  'metadata', (SELECT json_group_object(m.value ->> 'key', m.value ->> 'value') FROM json_each(images.metadata) m),
  'metadata_detailed', json(metadata),
  'min_disk', min_disk, 'min_ram', min_ram, 'os_distro', os_distro, 'os_type', os_type, 'os_version', os_version,
  'project_id', project_id, 'region', coalesce((SELECT r.name FROM regions r WHERE r.id = images.region_id), ''),
  'region_id', region_id, 'size', size, 'ssh_key', ssh_key, 'status', status, 'task_id', task_id,
  'updated_at', updated_at, 'visibility', visibility)`;

/** What the doc cache keeps of an image: the JSON, and what list filters need. The metadata
 * items are not read separately (≈ 7 ms CPU less for 1,000 images): they are in the JSON.
 * `settling`: an uploaded image still saving after its task finished (a look advances it). */
export interface ImageJsonRow {
  id: string;
  version: number;
  visibility: string;
  is_baremetal: number;
  settling: number;
  json: string;
}

export const IMAGE_JSON_COLUMNS = `id, version, visibility, is_baremetal, (status = 'saving' AND task_id IS NULL) AS settling, ${IMAGE_JSON} AS json`;

/** The 2026-08 Image (without prices: the four price fields null), the same keys in the same order
 * as model/view-2026-08.ts imageView2026: `tags_v2` is the stored items. */
const IMAGE_JSON_2026 = `json_object(
  'name', name, 'id', id, 'architecture', architecture, 'created_at', created_at, 'creator_task_id', creator_task_id,
  'currency_code', NULL, 'description', description, 'disk_format', disk_format, 'display_order', display_order,
  'gpu_driver', gpu_driver, 'gpu_driver_type', gpu_driver_type, 'gpu_driver_version', gpu_driver_version,
  'hw_firmware_type', hw_firmware_type, 'hw_machine_type', hw_machine_type,
  'is_baremetal', json(CASE is_baremetal WHEN 1 THEN 'true' ELSE 'false' END),
  'min_disk', min_disk, 'min_ram', min_ram, 'os_distro', os_distro, 'os_type', os_type, 'os_version', os_version,
  'price_per_hour', NULL, 'price_per_month', NULL, 'price_status', NULL,
  'project_id', project_id, 'region', coalesce((SELECT r.name FROM regions r WHERE r.id = images.region_id), ''),
  'region_id', region_id, 'size', size, 'ssh_key', ssh_key, 'status', status, 'tags_v2', json(metadata), 'task_id', task_id,
  'updated_at', updated_at, 'visibility', visibility)`;

export const IMAGE_JSON_COLUMNS_2026 = `id, version, visibility, is_baremetal, (status = 'saving' AND task_id IS NULL) AS settling, ${IMAGE_JSON_2026} AS json`;
