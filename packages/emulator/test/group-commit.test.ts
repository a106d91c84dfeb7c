// Group commit on a file database: concurrent writes share a COMMIT, yet each is atomic on its
// own and every answer is sent only after its commit.
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { as, demoImageIds, demoVolumeId, KEYS, newEmulator, tempDir } from "./helpers.js";

describe("group commit", () => {
  const tmp = tempDir();
  const db = tmp.file("group.db");
  const em = newEmulator({ db });
  const alpha = as(em, KEYS.alpha);
  afterAll(async () => {
    await em.close();
    tmp.remove();
  });

  const count = (sql: string) => {
    const reader = new Database(db, { readonly: true });
    try {
      return (reader.prepare(sql).get() as { n: number }).n;
    } finally {
      reader.close();
    }
  };

  it("every acknowledged create is visible to another connection at once", async () => {
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        alpha.post("/v1/images/10/1", { name: `group-${i}`, volume_id: demoVolumeId(10, 1) }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(count("SELECT count(*) AS n FROM images WHERE name LIKE 'group-%' AND status = 'active'")).toBe(20);
  });

  it("a refused write in the same batch leaves the others intact", async () => {
    const base = `/v1/images/10/1/${demoImageIds.alphaWebGolden}/metadata`;
    const replies = await Promise.all([
      alpha.post(base, { g1: "x" }),
      alpha.post(base, { image_source: "hacked", g2: "x" }),
      alpha.post(base, { g3: "x" }),
    ]);
    expect(replies.map((r) => r.status)).toEqual([204, 403, 204]);
    const items = (await alpha.get(base)).body.results.map((i: any) => `${i.key}=${i.value}`);
    expect(items).toEqual(expect.arrayContaining(["g1=x", "g3=x", "image_source=volume"]));
    expect(items).not.toContain("g2=x");
  });
});
