import type { Image, MetadataItem } from "@imgctl/types";
import type { Column } from "@imgctl/cli-core";

function size(bytes: number | null): string {
  if (!bytes) return "-";
  return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
}

/** An image's tags, generation-neutral (the client's `imageTags` view): 2026-08 images carry `tags_v2`, 2025-04 ones
 * `metadata_detailed`. Tables and details read only this, so they look the same in both generations. */
export function tagView(i: Image): Array<{ key: string; value: string; readOnly: boolean }> {
  const items = (i as { tags_v2?: MetadataItem[] }).tags_v2 ?? i.metadata_detailed ?? [];
  return items.map((m) => ({ key: m.key, value: m.value, readOnly: m.read_only === true }));
}

/** Every column `images list --columns` can show, by name; the first seven are the default. */
const IMAGE_COLUMNS = {
  id: { header: "id", get: (i) => i.id, shrink: false },
  name: { header: "name", get: (i) => i.name },
  status: { header: "status", get: (i) => i.status },
  visibility: { header: "visibility", get: (i) => i.visibility },
  os: { header: "os", get: (i) => [i.os_distro, i.os_version].filter(Boolean).join(" ") },
  arch: { header: "arch", get: (i) => i.architecture },
  size: { header: "size", get: (i) => size(i.size) },
  "per-hour": {
    header: "per hour",
    get: (i) => (i.price_per_hour == null ? null : `${i.price_per_hour} ${i.currency_code ?? ""}`.trim()),
  },
  "per-month": {
    header: "per month",
    get: (i) => (i.price_per_month == null ? null : `${i.price_per_month} ${i.currency_code ?? ""}`.trim()),
  },
  "os-type": { header: "os type", get: (i) => i.os_type },
  "min-disk": { header: "min disk", get: (i) => (i.min_disk ? `${i.min_disk} GiB` : null) },
  "min-ram": { header: "min ram", get: (i) => (i.min_ram ? `${i.min_ram} MiB` : null) },
  project: { header: "project", get: (i) => i.project_id },
  created: { header: "created", get: (i) => i.created_at },
  updated: { header: "updated", get: (i) => i.updated_at },
  description: { header: "description", get: (i) => i.description },
  metadata: {
    header: "metadata",
    get: (i) =>
      tagView(i)
        .map((t) => `${t.key}=${t.value}`)
        .join(","),
  },
} satisfies Record<string, Column<Image>>;

export type ImageColumnName = keyof typeof IMAGE_COLUMNS;
export const IMAGE_COLUMN_NAMES = Object.keys(IMAGE_COLUMNS) as ImageColumnName[];

/** The columns of `images list`: what one needs to pick an image. */
export const imageColumns: ReadonlyArray<Column<Image>> = IMAGE_COLUMN_NAMES.slice(0, 7).map((n) => IMAGE_COLUMNS[n]);

export const priceColumns: ReadonlyArray<Column<Image>> = [IMAGE_COLUMNS["per-hour"], IMAGE_COLUMNS["per-month"]];

/** The columns named in `--columns a,b,c`, in that order; an unknown name is a usage error. */
export function selectImageColumns(list: string): Array<Column<Image>> {
  const names = list
    .split(",")
    .map((n) => n.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !(n in IMAGE_COLUMNS));
  if (names.length === 0 || unknown.length > 0) {
    throw new Error(
      `unknown column${unknown.length === 1 ? "" : "s"} ${unknown.map((n) => `"${n}"`).join(", ") || "(none given)"}; choose from ${IMAGE_COLUMN_NAMES.join(",")}`,
    );
  }
  return names.map((n) => IMAGE_COLUMNS[n as ImageColumnName]);
}

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
    rows.push(
      ["price per hour", i.price_per_hour],
      ["price per month", i.price_per_month],
      ["currency", i.currency_code],
    );
  }
  const meta = tagView(i).map((t) => `${t.key}=${t.value}${t.readOnly ? " (read-only)" : ""}`);
  rows.push(["metadata", meta.length ? meta.join(", ") : null]);
  return rows;
}
