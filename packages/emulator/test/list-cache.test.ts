// The list cache: a pair's pages read its list from SQLite once, and any write — by this connection (committed or
// rolled back) or by another — makes the next list read it again.
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../src/store/db.js";
import type { ImageRef } from "../src/store/images.js";
import { ListCache } from "../src/store/list-cache.js";
import { as, KEYS, newEmulator, tempDir } from "./helpers.js";

const tmp = tempDir("imgctl-list-cache-");
afterAll(() => tmp.remove());

function counted(db: Database.Database) {
  let loads = 0;
  const load = () => {
    loads++;
    return db.prepare("SELECT seq, id, version FROM images ORDER BY seq").all() as ImageRef[];
  };
  return { load, loads: () => loads };
}

describe("ListCache", () => {
  it("reads a list once while the database is unchanged, again after any write", () => {
    const file = tmp.file("cache.db");
    const db = openDatabase(file);
    db.exec("INSERT INTO regions (id, name) VALUES (1, 'r'); INSERT INTO projects (id, name) VALUES (10, 'p')");
    const cache = new ListCache(db);
    const { load, loads } = counted(db);
    const first = cache.get("k", load);
    expect(cache.get("k", load)).toBe(first);
    expect(loads()).toBe(1);
    // A write of this connection.
    db.prepare("UPDATE projects SET name = 'q' WHERE id = 10").run();
    cache.get("k", load);
    expect(loads()).toBe(2);
    // A rolled-back write counts as a write (the count of changed rows moved).
    db.exec("BEGIN; UPDATE projects SET name = 'r' WHERE id = 10; ROLLBACK");
    cache.get("k", load);
    expect(loads()).toBe(3);
    // Inside a transaction nothing is kept.
    db.exec("BEGIN");
    cache.get("k", load);
    cache.get("k", load);
    db.exec("COMMIT");
    expect(loads()).toBe(5);
    // That transaction wrote nothing: the list kept before it is still good.
    cache.get("k", load);
    expect(loads()).toBe(5);
    // A commit of another connection.
    const other = new Database(file);
    other.prepare("UPDATE projects SET name = 's' WHERE id = 10").run();
    other.close();
    cache.get("k", load);
    expect(loads()).toBe(6);
    db.close();
  });

  it("keeps at most 200,000 references, dropping the least recently used lists", () => {
    const db = openDatabase(":memory:");
    const cache = new ListCache(db);
    const big = Array.from({ length: 90_000 }, (_, i) => ({ seq: i, id: String(i), version: 1 }));
    let loads = 0;
    const load = () => {
      loads++;
      return big;
    };
    cache.get("a", load);
    cache.get("b", load);
    cache.get("a", load); // a is now the most recent
    cache.get("c", load); // 270,000 > 200,000: b goes
    expect(loads).toBe(3);
    cache.get("a", load);
    cache.get("c", load);
    expect(loads).toBe(3);
    cache.get("b", load);
    expect(loads).toBe(4);
    db.close();
  });
});

describe("lists through the cache", () => {
  it("a 2026-08 list shows a tag change, a new image and a deleted one at once", async () => {
    const em = newEmulator({ apiVersion: "2026-08", db: tmp.file("emu.db") });
    const alpha = as(em, KEYS.alpha);
    const before = await alpha.get("/v1/images/10/1?limit=1");
    const own = await alpha.get("/v1/images/10/1?private=1");
    const id: string = own.body.results[0].id;
    expect((await alpha.patch(`/v1/images/10/1/${id}`, { tags: { cache: "busted" } })).status).toBe(200);
    const after = await alpha.get("/v1/images/10/1?private=1");
    expect(after.body.results[0].tags_v2).toContainEqual({ key: "cache", value: "busted", read_only: false });
    // Another process on the same file deletes the image.
    const other = new Database(tmp.file("emu.db"));
    other.prepare("DELETE FROM images WHERE id = ?").run(id);
    other.close();
    expect((await alpha.get("/v1/images/10/1?limit=1")).body.count).toBe(before.body.count - 1);
    await em.close();
  });
});
