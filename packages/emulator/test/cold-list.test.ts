// The first list of a freshly opened database reads the uncached images with one statement
// (ImageDocCache.getMany); it must answer exactly what per-image reads answer, and stay
// correct when some images are cached and others changed since.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ImageDoc } from "../src/model/image-cache.js";
import { demoFixture } from "../src/index.js";
import { Store } from "../src/store/index.js";
import { seedFixture } from "../src/store/seed.js";
import { imageView } from "../src/model/view.js";
import { imageViewOf2026 } from "../src/model/view-2026-08.js";
import { as, demoImageIds, demoVolumeId, KEYS, newEmulator } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "emulator-cold-list-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("cold list", () => {
  it("lists the same images as per-image gets, then reflects a change to one of them", async () => {
    const db = join(dir, "cold.db");
    const first = newEmulator({ db });
    const alpha = as(first, KEYS.alpha);
    expect((await alpha.post(`/v1/images/10/1/${demoImageIds.alphaWebGolden}/metadata`, { tier: "web" })).status).toBe(
      204,
    );
    await first.close();

    const em = newEmulator({ db });
    const api = as(em, KEYS.alpha);
    const cold = await api.get("/v1/images/10/1");
    expect(cold.status).toBe(200);
    expect(cold.body.count).toBeGreaterThan(3);
    expect(cold.body.results.map((i: { id: string }) => i.id)).toContain(demoImageIds.alphaWebGolden);
    for (const image of cold.body.results) expect((await api.get(`/v1/images/10/1/${image.id}`)).body).toEqual(image);
    const golden = cold.body.results.find((i: { id: string }) => i.id === demoImageIds.alphaWebGolden);
    expect(golden.metadata).toMatchObject({ owner: "team-web", env: "prod", tier: "web" });

    // One image changes, the others stay cached: the list mixes cached and re-read docs.
    expect((await api.post(`/v1/images/10/1/${demoImageIds.alphaWebGolden}/metadata`, { tier: "db" })).status).toBe(
      204,
    );
    const warm = await api.get("/v1/images/10/1");
    expect(warm.body.results.map((i: { id: string }) => i.id)).toEqual(
      cold.body.results.map((i: { id: string }) => i.id),
    );
    expect(warm.body.results.find((i: { id: string }) => i.id === demoImageIds.alphaWebGolden).metadata.tier).toBe(
      "db",
    );
    expect((await api.get('/v1/images/10/1?metadata_kv={"tier":"db"}')).body.count).toBe(1);
    await em.close();
  });

  it("SQLite's serialization of an image is exactly imageView's (and imageView2026's), awkward strings included", () => {
    const awkward = {
      id: "55555555-0000-4000-8000-000000000001",
      projectId: 10,
      regionId: 2,
      name: 'q"uote\\back\nline\t\u0001 é 漢 😀 </script>',
      visibility: "private" as const,
      osDistro: "ubuntu",
      osVersion: "24.04",
      size: 9_007_199_254_740_991,
      metadata: { 'k"ey': "v\\al\u001f", "": "", emoji: "😀" },
      gpuDriver: "nvidia",
      gpuDriverType: "open",
      gpuDriverVersion: "570.148.08",
      readOnlyMetadata: { image_source: "volume", source_volume_id: demoVolumeId(10, 2, 1) },
    };
    const store = Store.open(":memory:", (db) =>
      seedFixture(db, { ...demoFixture, images: [...(demoFixture.images ?? []), awkward] }, "2026-01-01T00:00:00.000Z"),
    );
    try {
      const ids = store.db.prepare("SELECT id FROM images").pluck().all() as string[];
      expect(ids.length).toBe((demoFixture.images ?? []).length + 1);
      const many = new Map(store.images.jsonMany(ids).map((r) => [r.id, r]));
      for (const id of ids) {
        const row = store.images.get(id)!;
        const expected = JSON.stringify(imageView(row, store.directory.regions.get(row.region_id) ?? "", false));
        expect(store.images.json(id)!.json).toBe(expected);
        expect(many.get(id)!.json).toBe(expected);
        expect(new ImageDoc(many.get(id)!).items).toEqual(JSON.parse(row.metadata));
        // The 2026-08 shape: the same as the seed's view reshaped.
        const expected2026 = JSON.stringify(
          imageViewOf2026(row, store.directory.regions.get(row.region_id) ?? "", false),
        );
        expect(store.images.json(id, "2026-08")!.json).toBe(expected2026);
        expect(store.images.jsonMany([id], "2026-08")[0]!.json).toBe(expected2026);
        expect(new ImageDoc(store.images.json(id, "2026-08")!).items).toEqual(JSON.parse(row.metadata));
      }
    } finally {
      store.close();
    }
  });
});
