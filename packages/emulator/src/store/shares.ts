// Shared-image records: per entity and region, `all_public` (image_ids: null) or a member list.
import type { Db } from "./db.js";
import type { SharedImageRow } from "./rows.js";
import { lazyStatement } from "./lazy.js";

export type EntityType = "reseller" | "client" | "project";

export class ShareStore {
  private readonly find;
  private readonly members;
  private readonly byEntity;
  private readonly upsert;
  private readonly clear;
  private readonly addMember;
  private readonly remove;
  private readonly removeImage;
  private readonly refreshVisibility;
  private readonly memberOf;
  /** Cache of (type, entity, region) → record, cleared on every write. */
  private cache = new Map<string, SharedImageRow | null>();

  constructor(db: Db) {
    this.find = lazyStatement(
      db,
      "SELECT * FROM shared_images WHERE entity_type = ? AND entity_id = ? AND region_id = ?",
    );
    this.members = lazyStatement(db, "SELECT image_id FROM shared_image_members WHERE share_id = ? ORDER BY position");
    this.byEntity = lazyStatement(
      db,
      "SELECT * FROM shared_images WHERE entity_type = ? AND entity_id = ? ORDER BY region_id",
    );
    this.upsert = lazyStatement(
      db,
      `INSERT INTO shared_images (entity_type, entity_id, region_id, all_public) VALUES (?, ?, ?, ?)
      ON CONFLICT (entity_type, entity_id, region_id) DO UPDATE SET all_public = excluded.all_public RETURNING id`,
    );
    this.clear = lazyStatement(db, "DELETE FROM shared_image_members WHERE share_id = ? RETURNING image_id");
    this.addMember = lazyStatement(
      db,
      "INSERT OR IGNORE INTO shared_image_members (share_id, image_id, position) VALUES (?, ?, ?)",
    );
    this.remove = lazyStatement(db, "DELETE FROM shared_images WHERE id = ?");
    this.memberOf = lazyStatement(db, "SELECT 1 FROM shared_image_members WHERE share_id = ? AND image_id = ?", {
      pluck: true,
    });
    this.removeImage = lazyStatement(db, "DELETE FROM shared_image_members WHERE image_id = ?");
    // A non-public image is "shared" while any record lists it, "private" otherwise.
    this.refreshVisibility = lazyStatement(
      db,
      `UPDATE images SET visibility = CASE
        WHEN EXISTS (SELECT 1 FROM shared_image_members m WHERE m.image_id = images.id) THEN 'shared' ELSE 'private' END,
      version = version + 1
      WHERE id = ? AND visibility <> 'public'`,
    );
  }

  get(type: EntityType, entityId: number, regionId: number): SharedImageRow | null {
    const key = `${type}:${entityId}:${regionId}`;
    let row = this.cache.get(key);
    if (row === undefined) {
      row = (this.find.get(type, entityId, regionId) as SharedImageRow | undefined) ?? null;
      this.cache.set(key, row);
    }
    return row;
  }

  invalidate(): void {
    this.cache.clear();
  }

  imageIds(row: SharedImageRow): string[] | null {
    if (row.all_public) return null;
    return (this.members.all(row.id) as { image_id: string }[]).map((m) => m.image_id);
  }

  isMember(shareId: number, imageId: string): boolean {
    return this.memberOf.get(shareId, imageId) !== undefined;
  }

  forEntity(type: EntityType, entityId: number, regionId?: number): SharedImageRow[] {
    const rows = this.byEntity.all(type, entityId) as SharedImageRow[];
    return regionId === undefined ? rows : rows.filter((r) => r.region_id === regionId);
  }

  /** Creates or replaces a record (call inside a transaction). */
  set(type: EntityType, entityId: number, regionId: number, imageIds: string[] | null): void {
    this.cache.clear();
    const { id } = this.upsert.get(type, entityId, regionId, imageIds === null ? 1 : 0) as { id: number };
    const touched = new Set((this.clear.all(id) as { image_id: string }[]).map((r) => r.image_id));
    (imageIds ?? []).forEach((imageId, position) => {
      this.addMember.run(id, imageId, position);
      touched.add(imageId);
    });
    for (const imageId of touched) this.refreshVisibility.run(imageId);
  }

  /** Deletes records (call inside a transaction). */
  delete(rows: SharedImageRow[]): void {
    this.cache.clear();
    for (const row of rows) {
      const touched = (this.clear.all(row.id) as { image_id: string }[]).map((r) => r.image_id);
      this.remove.run(row.id);
      for (const imageId of touched) this.refreshVisibility.run(imageId);
    }
  }

  /** An image is gone: drop it from every record. */
  forgetImage(imageId: string): void {
    this.cache.clear();
    this.removeImage.run(imageId);
  }
}
