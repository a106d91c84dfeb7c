// A second connection holding the write lock: a retryable 503, never a 500 or a hang; the
// write succeeds once the lock is released.
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { as, demoVolumeId, expectError, KEYS, newEmulator, tempDir } from "./helpers.js";

describe("database busy", () => {
  const tmp = tempDir();
  const db = tmp.file("busy.db");
  const em = newEmulator({ db });
  afterAll(async () => {
    await em.close();
    tmp.remove();
  });

  it("answers 503 with Retry-After while another connection holds the lock", async () => {
    const alpha = as(em, KEYS.alpha);
    const other = new Database(db);
    other.exec("BEGIN IMMEDIATE");
    try {
      const busy = await alpha.post("/v1/images/10/1", { name: "busy-img", volume_id: demoVolumeId(10, 1) });
      expectError(busy, 503, "ServiceUnavailable");
      expect(busy.headers.get("retry-after")).toBe("1");
      expect((await alpha.get("/v1/images/10/1")).status).toBe(200); // reads still work (WAL)
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    expect((await alpha.post("/v1/images/10/1", { name: "busy-img", volume_id: demoVolumeId(10, 1) })).status).toBe(
      200,
    );
    expect(
      (await alpha.get("/v1/projectimages/10/1")).body.results.filter((i: any) => i.name === "busy-img"),
    ).toHaveLength(1);
  });

  it("treats a trailing slash like none", async () => {
    expect((await as(em, KEYS.alpha).get("/v1/images/10/1/")).status).toBe(200);
  });
});
