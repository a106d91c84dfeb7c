// The list must stay a UNION ALL of index searches: no full scan of images, no temp b-tree.
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { LIST_SQL } from "../src/store/images.js";
import { migrate } from "../src/store/migrations.js";

describe("list query plan", () => {
  const db = new Database(":memory:");
  migrate(db);

  for (const [kind, sql] of Object.entries(LIST_SQL)) {
    it(`${kind}: index searches only`, () => {
      const plan = (
        db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ project: 10, region: 1, s1: 1, s2: 2, s3: 3, limit: 1 }) as {
          detail: string;
        }[]
      ).map((r) => r.detail);
      const text = plan.join("\n");
      expect(text).not.toMatch(/TEMP B-TREE/);
      expect(text).not.toMatch(/SCAN images\b/);
      expect(text).not.toMatch(/MULTI-INDEX OR/);
      expect(text).toMatch(/SEARCH images USING COVERING INDEX images_owner/);
      expect(text).toMatch(/SEARCH images USING COVERING INDEX images_by_visibility/);
    });
  }
});
