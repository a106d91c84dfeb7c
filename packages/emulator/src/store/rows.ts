// Row shapes of the tables, as better-sqlite3 returns them.
export interface MetadataEntry {
  key: string;
  value: string;
  read_only: boolean;
}

export interface ImageRow {
  seq: number;
  id: string;
  project_id: number;
  region_id: number;
  visibility: "private" | "public" | "shared";
  name: string;
  status: string;
  architecture: string;
  os_distro: string;
  os_type: string;
  os_version: string;
  disk_format: string;
  min_disk: number;
  min_ram: number;
  size: number | null;
  display_order: number | null;
  description: string | null;
  hw_firmware_type: string | null;
  hw_machine_type: string | null;
  ssh_key: string | null;
  is_baremetal: number;
  internally_shared: number;
  creator_task_id: string | null;
  task_id: string | null;
  volume_id: string | null;
  price_per_hour: number;
  price_per_month: number;
  /** JSON array of MetadataEntry, sorted by key. */
  metadata: string;
  created_at: string;
  updated_at: string;
  /** Bumped on every change (cache key of the serialized image). */
  version: number;
  /** 1 once an uploaded image was looked at while `saving` after its task finished. */
  seen_saving: number;
  gpu_driver: string | null;
  gpu_driver_type: string | null;
  gpu_driver_version: string | null;
}

export interface TaskRow {
  id: string;
  task_type: "create_image" | "delete_image" | "download_image";
  state: "NEW" | "RUNNING" | "FINISHED" | "ERROR";
  project_id: number;
  region_id: number;
  client_id: number | null;
  user_id: number;
  image_id: string;
  data: string | null;
  created_resources: string | null;
  error: string | null;
  request_id: string | null;
  polls: number;
  created_ms: number;
  created_on: string;
  updated_on: string | null;
  finished_on: string | null;
  acknowledged_at: string | null;
  acknowledged_by: number | null;
}

export interface VolumeRow {
  id: string;
  project_id: number;
  region_id: number;
  name: string;
  bootable: number;
  size_gib: number;
  create_error: string | null;
}

export interface SharedImageRow {
  id: number;
  entity_type: "reseller" | "client" | "project";
  entity_id: number;
  region_id: number;
  all_public: number;
}
