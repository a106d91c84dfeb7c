// The 2026-08 Image: the seed's view of the same row, reshaped. Tags are `tags_v2` (the seed's
// `metadata_detailed`, the same items); `metadata`, `metadata_detailed` and `internally_shared`
// are gone; the GPU fields are new (from the row; null unless a fixture set them); the four price
// fields are always present, null unless prices were asked for. Keys in the published order.
import type { ImageRow, MetadataEntry } from "../store/rows.js";
import { imageView } from "./view.js";

type SeedImage = Record<string, unknown>;
type GpuFields = Pick<ImageRow, "gpu_driver" | "gpu_driver_type" | "gpu_driver_version">;

function imageView2026(seed: SeedImage, gpu: GpuFields): Record<string, unknown> {
  return {
    name: seed.name,
    id: seed.id,
    architecture: seed.architecture,
    created_at: seed.created_at,
    creator_task_id: seed.creator_task_id,
    currency_code: seed.currency_code ?? null,
    description: seed.description,
    disk_format: seed.disk_format,
    display_order: seed.display_order,
    gpu_driver: gpu.gpu_driver,
    gpu_driver_type: gpu.gpu_driver_type,
    gpu_driver_version: gpu.gpu_driver_version,
    hw_firmware_type: seed.hw_firmware_type,
    hw_machine_type: seed.hw_machine_type,
    is_baremetal: seed.is_baremetal,
    min_disk: seed.min_disk,
    min_ram: seed.min_ram,
    os_distro: seed.os_distro,
    os_type: seed.os_type,
    os_version: seed.os_version,
    price_per_hour: seed.price_per_hour ?? null,
    price_per_month: seed.price_per_month ?? null,
    price_status: seed.price_status ?? null,
    project_id: seed.project_id,
    region: seed.region,
    region_id: seed.region_id,
    size: seed.size,
    ssh_key: seed.ssh_key,
    status: seed.status,
    tags_v2: seed.metadata_detailed,
    task_id: seed.task_id,
    updated_at: seed.updated_at,
    visibility: seed.visibility,
  };
}

/** The 2026-08 Image of a row (prices filled when asked for). */
export function imageViewOf2026(
  row: ImageRow,
  regionName: string,
  includePrices: boolean,
  items?: MetadataEntry[],
): Record<string, unknown> {
  return imageView2026(
    items === undefined ? imageView(row, regionName, includePrices) : imageView(row, regionName, includePrices, items),
    row,
  );
}
