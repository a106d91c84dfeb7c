// Seeds a fixture into an empty database, in one transaction.
import { batchImageId } from "../fixture/batches.js";
import type { Fixture, FixtureImageBatch } from "../fixture/types.js";
import type { Db } from "./db.js";
import type { MetadataEntry } from "./rows.js";

export function isEmpty(db: Db): boolean {
  return (db.prepare("SELECT count(*) AS n FROM regions").get() as { n: number }).n === 0;
}

export function sortedMetadata(
  user: Record<string, string> = {},
  readOnly: Record<string, string> = {},
): MetadataEntry[] {
  const items = new Map<string, MetadataEntry>();
  for (const [key, value] of Object.entries(user)) items.set(key, { key, value, read_only: false });
  for (const [key, value] of Object.entries(readOnly)) items.set(key, { key, value, read_only: true });
  return [...items.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function seedFixture(db: Db, fixture: Fixture, nowIso: string): void {
  db.transaction(() => {
    const ins = (sql: string) => db.prepare(sql);
    const region = ins("INSERT INTO regions (id, name) VALUES (?, ?)");
    for (const r of fixture.regions) region.run(r.id, r.name);
    const reseller = ins("INSERT INTO resellers (id, name) VALUES (?, ?)");
    for (const r of fixture.resellers ?? []) reseller.run(r.id, r.name);
    const client = ins("INSERT INTO clients (id, name, reseller_id) VALUES (?, ?, ?)");
    for (const c of fixture.clients ?? []) client.run(c.id, c.name, c.resellerId);
    const project = ins("INSERT INTO projects (id, name, client_id) VALUES (?, ?, ?)");
    for (const p of fixture.projects) project.run(p.id, p.name, p.clientId);
    const key = ins("INSERT INTO api_keys (key, role, entity_id, name) VALUES (?, ?, ?, ?)");
    for (const k of fixture.apiKeys) key.run(k.key, k.role, k.entityId ?? null, k.name ?? null);
    const volume = ins(
      "INSERT INTO volumes (id, project_id, region_id, name, bootable, size_gib, create_error) VALUES (?, ?, ?, ?, ?, ?, ?)",
    );
    for (const v of fixture.volumes ?? []) {
      volume.run(v.id, v.projectId, v.regionId, v.name, v.bootable ? 1 : 0, v.sizeGib, v.createError ?? null);
    }
    const image = ins(`INSERT INTO images (id, project_id, region_id, visibility, name, status, architecture, os_distro,
      os_type, os_version, disk_format, min_disk, min_ram, size, display_order, description, hw_firmware_type,
      hw_machine_type, ssh_key, is_baremetal, price_per_hour, price_per_month, metadata, created_at, updated_at,
      gpu_driver, gpu_driver_type, gpu_driver_version)
      VALUES (?, ?, ?, ?, ?, 'active', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const i of fixture.images ?? []) {
      const created = i.createdAt ?? nowIso;
      image.run(
        i.id,
        i.projectId,
        i.regionId,
        i.visibility,
        i.name,
        i.architecture ?? "x86_64",
        i.osDistro,
        i.osType ?? "linux",
        i.osVersion,
        i.diskFormat ?? "qcow2",
        i.minDisk ?? 0,
        i.minRam ?? 0,
        i.size ?? 0,
        i.displayOrder ?? null,
        i.description ?? null,
        i.hwFirmwareType ?? null,
        i.hwMachineType ?? null,
        i.sshKey === undefined ? "allow" : i.sshKey,
        i.isBaremetal ? 1 : 0,
        i.pricePerHour ?? 0,
        i.pricePerMonth ?? 0,
        JSON.stringify(sortedMetadata(i.metadata, i.readOnlyMetadata)),
        created,
        created,
        i.gpuDriver ?? null,
        i.gpuDriverType ?? null,
        i.gpuDriverVersion ?? null,
      );
    }
    seedImageBatches(db, fixture.imageBatches ?? [], nowIso);
    const share = ins("INSERT INTO shared_images (entity_type, entity_id, region_id, all_public) VALUES (?, ?, ?, ?)");
    const member = ins("INSERT INTO shared_image_members (share_id, image_id, position) VALUES (?, ?, ?)");
    const shared = ins("UPDATE images SET visibility = 'shared' WHERE id = ? AND visibility = 'private'");
    for (const s of fixture.sharedImages ?? []) {
      const id = Number(share.run(s.entityType, s.entityId, s.regionId, s.imageIds === null ? 1 : 0).lastInsertRowid);
      (s.imageIds ?? []).forEach((imageId, position) => {
        member.run(id, imageId, position);
        shared.run(imageId);
      });
    }
  })();
}

/**
 * Seeds a fixture's image batches inside the fixture's transaction, with one prepared statement and
 * each distinct metadata document serialized once: 100,000 images take about a second, where the
 * same images listed one by one would be a fixture file of 60 MB.
 */
function seedImageBatches(db: Db, batches: readonly FixtureImageBatch[], nowIso: string): void {
  const insert = db.prepare(`INSERT INTO images (id, project_id, region_id, visibility, name, status, architecture,
    os_distro, os_type, os_version, disk_format, min_disk, min_ram, size, ssh_key, is_baremetal, metadata, created_at,
    updated_at) VALUES (?, ?, ?, ?, ?, 'active', 'x86_64', ?, 'linux', ?, 'qcow2', 10, 0, 805306368, 'allow', 0, ?, ?, ?)`);
  batches.forEach((batch, b) => {
    const pairs = batch.projectIds.flatMap((p) => batch.regionIds.map((r) => [p, r] as const));
    const docs = (batch.metadata?.length ? batch.metadata : [{}]).map((m) =>
      JSON.stringify(sortedMetadata(m, batch.readOnlyMetadata)),
    );
    const prefix = batch.namePrefix ?? "image";
    const created = batch.createdAt ?? nowIso;
    for (let i = 0; i < batch.count; i++) {
      const [project, region] = pairs[i % pairs.length]!;
      insert.run(
        batchImageId(b, i),
        project,
        region,
        batch.visibility ?? "private",
        `${prefix}-${i}`,
        batch.osDistro ?? "ubuntu",
        batch.osVersion ?? "24.04",
        docs[i % docs.length],
        created,
        created,
      );
    }
  });
}
