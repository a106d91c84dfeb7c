import type { Image, MetadataItem } from "@imgctl/types";
import type { Column } from "@imgctl/cli-core";

function size(bytes: number | null): string {
  if (!bytes) return "-";
  return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
}

/** The columns of `images list`: what one needs to pick an image. */
export const imageColumns: ReadonlyArray<Column<Image>> = [
  { header: "id", get: (i) => i.id, shrink: false },
  { header: "name", get: (i) => i.name },
  { header: "status", get: (i) => i.status },
  { header: "visibility", get: (i) => i.visibility },
  { header: "os", get: (i) => [i.os_distro, i.os_version].filter(Boolean).join(" ") },
  { header: "arch", get: (i) => i.architecture },
  { header: "size", get: (i) => size(i.size) },
];

export const priceColumns: ReadonlyArray<Column<Image>> = [
  { header: "per hour", get: (i) => (i.price_per_hour == null ? null : `${i.price_per_hour} ${i.currency_code ?? ""}`.trim()) },
  { header: "per month", get: (i) => (i.price_per_month == null ? null : `${i.price_per_month} ${i.currency_code ?? ""}`.trim()) },
];

export const metadataColumns: ReadonlyArray<Column<MetadataItem>> = [
  { header: "key", get: (m) => m.key },
  { header: "value", get: (m) => m.value },
  { header: "read only", get: (m) => (m.read_only ? "yes" : "no") },
];

/** `images get`: every field a person looks at, in a stable order. */
export function imageDetails(i: Image): Array<[string, unknown]> {
  const rows: Array<[string, unknown]> = [
    ["id", i.id],
    ["name", i.name],
    ["status", i.status],
    ["visibility", i.visibility],
    ["project", i.project_id],
    ["region", `${i.region} (${i.region_id})`],
    ["os", [i.os_distro, i.os_version, `(${i.os_type})`].filter(Boolean).join(" ")],
    ["architecture", i.architecture],
    ["ssh key", i.ssh_key],
    ["firmware", i.hw_firmware_type],
    ["machine type", i.hw_machine_type],
    ["bare metal", i.is_baremetal ? "yes" : "no"],
    ["size", size(i.size)],
    ["min disk", `${i.min_disk} GiB`],
    ["min ram", `${i.min_ram} MiB`],
    ["created", i.created_at],
    ["updated", i.updated_at],
    ["task", i.task_id],
  ];
  if (i.price_per_hour != null || i.price_per_month != null) {
    rows.push(["price per hour", i.price_per_hour], ["price per month", i.price_per_month], ["currency", i.currency_code]);
  }
  const meta = i.metadata_detailed.map((m) => `${m.key}=${m.value}${m.read_only ? " (read-only)" : ""}`);
  rows.push(["metadata", meta.length ? meta.join(", ") : null]);
  return rows;
}
