// Image queries. The list is a UNION ALL of index ranges (own, public, shared-in) rather than
// one `OR` filter, which would scan the region and sort in a temp b-tree (see the plan test).
import type { Db } from "./db.js";
import type { ImageRow, MetadataEntry } from "./rows.js";
import { IMAGE_JSON_COLUMNS, IMAGE_JSON_COLUMNS_2026, type ImageJsonRow } from "./image-json.js";
import { lazyStatement } from "./lazy.js";
import { ListCache } from "./list-cache.js";

export type PublicLimit = { kind: "all" } | { kind: "none" } | { kind: "list"; shareId: number };

// Lists read only (seq, id, version); the serialized images come from ImageDocCache.
const COLUMNS = "seq, id, version";
const OWN = `SELECT ${COLUMNS} FROM images WHERE project_id = @project AND region_id = @region`;
const PUBLIC_ALL = `SELECT ${COLUMNS} FROM images WHERE region_id = @region AND visibility = 'public' AND project_id <> @project`;
const PUBLIC_LIST = `${PUBLIC_ALL} AND id IN (SELECT image_id FROM shared_image_members WHERE share_id = @limit)`;
const SHARED_IN = `SELECT ${COLUMNS} FROM images WHERE region_id = @region AND visibility = 'shared' AND project_id <> @project
  AND id IN (SELECT image_id FROM shared_image_members WHERE share_id IN (@s1, @s2, @s3))`;

export interface ImageRef {
  seq: number;
  id: string;
  version: number;
}
export type ImageHead = Pick<
  ImageRow,
  "id" | "project_id" | "region_id" | "visibility" | "version" | "status" | "task_id"
>;

export const LIST_SQL = {
  all: `${OWN} UNION ALL ${PUBLIC_ALL} UNION ALL ${SHARED_IN}`,
  list: `${OWN} UNION ALL ${PUBLIC_LIST} UNION ALL ${SHARED_IN}`,
  none: `${OWN} UNION ALL ${SHARED_IN}`,
} as const;

export interface NewImage {
  id: string;
  projectId: number;
  regionId: number;
  name: string;
  architecture: string;
  osDistro: string;
  osType: string;
  osVersion: string;
  diskFormat: string;
  minDisk: number;
  hwFirmwareType: string | null;
  hwMachineType: string | null;
  sshKey: string;
  isBaremetal: boolean;
  taskId: string;
  volumeId: string | null;
  metadata: MetadataEntry[];
  now: string;
}

/** The Image shape of a generation: the seed's (metadata, metadata_detailed) or 2026-08's (tags_v2). */
export type JsonShape = "2025-04" | "2026-08";

export class ImageStore {
  private readonly listStmts;
  private readonly own;
  private readonly byId;
  private readonly jsonById;
  private readonly jsonByIds;
  private readonly json2026ById;
  private readonly json2026ByIds;
  private readonly headById;
  private readonly insertStmt;
  private readonly setMetadataStmt;
  private readonly deleteStmt;
  private readonly seenSavingStmt;
  private readonly lists: ListCache;

  constructor(private readonly db: Db) {
    this.lists = new ListCache(db);
    this.listStmts = {
      all: lazyStatement(db, LIST_SQL.all),
      list: lazyStatement(db, LIST_SQL.list),
      none: lazyStatement(db, LIST_SQL.none),
    };
    this.own = lazyStatement(db, `${OWN}`);
    this.byId = lazyStatement(db, "SELECT * FROM images WHERE id = ?");
    this.jsonById = lazyStatement(db, `SELECT ${IMAGE_JSON_COLUMNS} FROM images WHERE id = ?`);
    // One statement for a cold list (the ids as a JSON array): each id is a lookup in the
    // unique index, without a round trip through JavaScript per row.
    this.jsonByIds = lazyStatement(
      db,
      `SELECT ${IMAGE_JSON_COLUMNS} FROM images WHERE id IN (SELECT value FROM json_each(?))`,
    );
    this.json2026ById = lazyStatement(db, `SELECT ${IMAGE_JSON_COLUMNS_2026} FROM images WHERE id = ?`);
    this.json2026ByIds = lazyStatement(
      db,
      `SELECT ${IMAGE_JSON_COLUMNS_2026} FROM images WHERE id IN (SELECT value FROM json_each(?))`,
    );
    this.headById = lazyStatement(
      db,
      "SELECT id, project_id, region_id, visibility, version, status, task_id FROM images WHERE id = ?",
    );
    this.insertStmt = lazyStatement(
      db,
      `INSERT INTO images (id, project_id, region_id, visibility, name, status, architecture,
      os_distro, os_type, os_version, disk_format, min_disk, min_ram, size, hw_firmware_type, hw_machine_type, ssh_key,
      is_baremetal, creator_task_id, task_id, volume_id, metadata, created_at, updated_at)
      VALUES (@id, @projectId, @regionId, 'private', @name, 'queued', @architecture, @osDistro, @osType, @osVersion,
      @diskFormat, @minDisk, 0, 0, @hwFirmwareType, @hwMachineType, @sshKey, @isBaremetal, @taskId, @taskId, @volumeId,
      @metadata, @now, @now)`,
    );
    this.setMetadataStmt = lazyStatement(
      db,
      "UPDATE images SET metadata = ?, updated_at = ?, version = version + 1 WHERE id = ?",
    );
    this.deleteStmt = lazyStatement(db, "DELETE FROM images WHERE id = ?");
    this.seenSavingStmt = lazyStatement(db, "UPDATE images SET seen_saving = 1 WHERE id = ?");
  }

  /** Records the first look at an uploaded image that is still saving (no version bump: it reads the same). */
  markSeenSaving(id: string): void {
    this.seenSavingStmt.run(id);
  }

  /** Images visible to a project in a region, in creation order. The array is shared: do not change it. */
  listVisible(projectId: number, regionId: number, limit: PublicLimit, sharedIn: number[]): readonly ImageRef[] {
    const shareId = limit.kind === "list" ? limit.shareId : "";
    return this.lists.get(`v/${projectId}/${regionId}/${limit.kind}${shareId}/${sharedIn.join(",")}`, () => {
      const params = {
        project: projectId,
        region: regionId,
        s1: sharedIn[0] ?? -1,
        s2: sharedIn[1] ?? -1,
        s3: sharedIn[2] ?? -1,
        ...(limit.kind === "list" ? { limit: limit.shareId } : {}),
      };
      const rows = this.listStmts[limit.kind].all(params) as ImageRef[];
      return rows.sort((a, b) => a.seq - b.seq);
    });
  }

  /** The project's own images in a region, in creation order. The array is shared: do not change it. */
  listOwn(projectId: number, regionId: number): readonly ImageRef[] {
    return this.lists.get(
      `o/${projectId}/${regionId}`,
      () => this.own.all({ project: projectId, region: regionId }) as ImageRef[],
    );
  }

  get(id: string): ImageRow | undefined {
    return this.byId.get(id) as ImageRow | undefined;
  }

  /** One image serialized by SQLite (see image-json.ts), in the seed's shape or the 2026-08 one. */
  json(id: string, shape: JsonShape = "2025-04"): ImageJsonRow | undefined {
    return (shape === "2025-04" ? this.jsonById : this.json2026ById).get(id) as ImageJsonRow | undefined;
  }

  /** The serialized images of these ids that exist, in no particular order. */
  jsonMany(ids: readonly string[], shape: JsonShape = "2025-04"): ImageJsonRow[] {
    return (shape === "2025-04" ? this.jsonByIds : this.json2026ByIds).all(JSON.stringify(ids)) as ImageJsonRow[];
  }

  /** What a visibility check needs, plus the cache version. */
  head(id: string): ImageHead | undefined {
    return this.headById.get(id) as ImageHead | undefined;
  }

  insert(image: NewImage): void {
    this.insertStmt.run({ ...image, isBaremetal: image.isBaremetal ? 1 : 0, metadata: JSON.stringify(image.metadata) });
  }

  /** Sets columns by name; callers pass only known column names. */
  update(id: string, fields: Partial<Record<keyof ImageRow, string | number | null>>): void {
    const keys = Object.keys(fields);
    if (keys.length === 0) return;
    const sql = `UPDATE images SET ${keys.map((k) => `${k} = @${k}`).join(", ")}, version = version + 1 WHERE id = @__id`;
    this.db.prepare(sql).run({ ...fields, __id: id });
  }

  setMetadata(id: string, items: MetadataEntry[], now: string): void {
    this.setMetadataStmt.run(JSON.stringify(items), now, id);
  }

  delete(id: string): void {
    this.deleteStmt.run(id);
  }
}
