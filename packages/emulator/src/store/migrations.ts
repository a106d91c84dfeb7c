// Versioned schema migrations. `PRAGMA user_version` records the last one applied; each
// migration runs in its own transaction, so a crash never leaves a half-migrated file.
import type { Database } from "better-sqlite3";

const migrations: readonly string[] = [
  // 1: principals, volumes, images (metadata as a JSON column: one read per list), shares, tasks.
  `
  CREATE TABLE regions (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
  CREATE TABLE resellers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
  CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT NOT NULL, reseller_id INTEGER REFERENCES resellers(id));
  CREATE TABLE projects (id INTEGER PRIMARY KEY, name TEXT NOT NULL, client_id INTEGER REFERENCES clients(id));
  CREATE TABLE api_keys (key TEXT PRIMARY KEY, role TEXT NOT NULL CHECK (role IN ('admin','reseller','client')),
    entity_id INTEGER, name TEXT);
  CREATE TABLE volumes (id TEXT PRIMARY KEY, project_id INTEGER NOT NULL, region_id INTEGER NOT NULL, name TEXT NOT NULL,
    bootable INTEGER NOT NULL, size_gib INTEGER NOT NULL, create_error TEXT);
  CREATE TABLE images (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    project_id INTEGER NOT NULL,
    region_id INTEGER NOT NULL,
    visibility TEXT NOT NULL CHECK (visibility IN ('private','public','shared')),
    name TEXT NOT NULL,
    status TEXT NOT NULL,
    architecture TEXT NOT NULL,
    os_distro TEXT NOT NULL,
    os_type TEXT NOT NULL,
    os_version TEXT NOT NULL,
    disk_format TEXT NOT NULL,
    min_disk INTEGER NOT NULL,
    min_ram INTEGER NOT NULL,
    size INTEGER,
    display_order INTEGER,
    description TEXT,
    hw_firmware_type TEXT,
    hw_machine_type TEXT,
    ssh_key TEXT,
    is_baremetal INTEGER NOT NULL DEFAULT 0,
    internally_shared INTEGER NOT NULL DEFAULT 0,
    creator_task_id TEXT,
    task_id TEXT,
    volume_id TEXT,
    price_per_hour REAL NOT NULL DEFAULT 0,
    price_per_month REAL NOT NULL DEFAULT 0,
    metadata TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX images_owner ON images (project_id, region_id, seq);
  CREATE INDEX images_by_visibility ON images (region_id, visibility, seq);
  CREATE TABLE shared_images (
    id INTEGER PRIMARY KEY,
    entity_type TEXT NOT NULL CHECK (entity_type IN ('reseller','client','project')),
    entity_id INTEGER NOT NULL,
    region_id INTEGER NOT NULL,
    all_public INTEGER NOT NULL,
    UNIQUE (entity_type, entity_id, region_id)
  );
  CREATE TABLE shared_image_members (
    share_id INTEGER NOT NULL REFERENCES shared_images(id) ON DELETE CASCADE,
    image_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (share_id, image_id)
  ) WITHOUT ROWID;
  CREATE INDEX shared_members_by_image ON shared_image_members (image_id);
  CREATE TABLE tasks (
    id TEXT PRIMARY KEY,
    task_type TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('NEW','RUNNING','FINISHED','ERROR')),
    project_id INTEGER NOT NULL,
    region_id INTEGER NOT NULL,
    client_id INTEGER,
    user_id INTEGER NOT NULL,
    image_id TEXT NOT NULL,
    data TEXT,
    created_resources TEXT,
    error TEXT,
    request_id TEXT,
    polls INTEGER NOT NULL DEFAULT 0,
    created_ms INTEGER NOT NULL,
    created_on TEXT NOT NULL,
    updated_on TEXT,
    finished_on TEXT
  );
  CREATE INDEX tasks_unfinished ON tasks (state) WHERE state IN ('NEW','RUNNING');
  `,
  // 2: idempotency keys, so that a create retried after a lost response returns the original task.
  `
  CREATE TABLE idempotency_keys (
    principal TEXT NOT NULL,
    key TEXT NOT NULL,
    operation TEXT NOT NULL,
    response TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    PRIMARY KEY (principal, key)
  ) WITHOUT ROWID;
  `,
  // 3: a per-image version, bumped on every change, so serialized images can be cached safely.
  `
  ALTER TABLE images ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
  `,
  // 4: covering indexes for the list branches (no table lookup per listed row).
  `
  DROP INDEX images_owner;
  CREATE INDEX images_owner ON images (project_id, region_id, seq, id, version);
  DROP INDEX images_by_visibility;
  CREATE INDEX images_by_visibility ON images (region_id, visibility, seq, project_id, id, version);
  `,
  // 5: task acknowledgement and the task list's orders; an uploaded image's first look while it
  // is still saving after its task finished (the next look finds it active).
  `
  ALTER TABLE tasks ADD COLUMN acknowledged_at TEXT;
  ALTER TABLE tasks ADD COLUMN acknowledged_by INTEGER;
  CREATE INDEX tasks_by_created ON tasks (created_ms);
  CREATE INDEX tasks_by_project ON tasks (project_id, region_id, created_ms);
  ALTER TABLE images ADD COLUMN seen_saving INTEGER NOT NULL DEFAULT 0;
  `,
  // 6: the GPU driver an image carries (2026-08's Image shows it; null for most images).
  `
  ALTER TABLE images ADD COLUMN gpu_driver TEXT;
  ALTER TABLE images ADD COLUMN gpu_driver_type TEXT;
  ALTER TABLE images ADD COLUMN gpu_driver_version TEXT;
  `,
];

export function migrate(db: Database): number {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(`database schema version ${current} is newer than this emulator (${migrations.length})`);
  }
  for (let version = current; version < migrations.length; version++) {
    db.transaction(() => {
      db.exec(migrations[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return migrations.length;
}
