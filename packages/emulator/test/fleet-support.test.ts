// What a fleet scan's proof needs from the emulator: fault rates that a seed makes reproducible,
// hit counts per rule, a `path` rule that faults the list of one project/region in either API
// generation, and image batches that seed thousands of images over many pairs from a few lines.
import { describe, expect, it } from "vitest";
import { batchImageId, demoFixture, type Fixture } from "../src/index.js";
import { seededRandom } from "../src/http/faults.js";
import { as, KEYS, newEmulator } from "./helpers.js";

/** The demo principals plus 600 images over alpha's projects 10, 11 × regions 1, 2. */
const fleet: Fixture = {
  ...demoFixture,
  imageBatches: [
    {
      count: 600,
      projectIds: [10, 11],
      regionIds: [1, 2],
      namePrefix: "fleet",
      metadata: [{ owner: "team-a", env: "prod" }, { env: "qa" }, { owner: "team-b", env: "dev" }],
      readOnlyMetadata: { image_source: "volume" },
    },
  ],
};

describe("seeded fault rates", () => {
  it("the same seed gives the same faults to the same sequence of requests; setFaults restarts it", async () => {
    const rule = { operationId: "imagesList", status: 429, rate: 0.3, seed: 7 };
    const statuses = async (em: ReturnType<typeof newEmulator>) => {
      const alpha = as(em, KEYS.alpha);
      const out: number[] = [];
      for (let i = 0; i < 60; i++) out.push((await alpha.get("/v1/images/10/1")).status);
      return out;
    };
    const a = newEmulator({ faults: { rules: [rule] } });
    const b = newEmulator({ faults: { rules: [rule] } });
    const first = await statuses(a);
    expect(await statuses(b)).toEqual(first);
    const faulted = first.filter((s) => s === 429).length;
    expect(faulted).toBeGreaterThan(6);
    expect(faulted).toBeLessThan(32);
    expect(a.faultHits()).toEqual([{ rule, hits: faulted }]);
    a.setFaults({ rules: [rule] });
    expect(a.faultHits()[0]!.hits).toBe(0);
    expect(await statuses(a)).toEqual(first);
    b.setFaults({ rules: [{ ...rule, seed: 8 }] });
    expect(await statuses(b)).not.toEqual(first);
    await Promise.all([a.close(), b.close()]);
  });

  it("the generator is uniform enough and stays in [0, 1)", () => {
    const next = seededRandom(42);
    const draws = Array.from({ length: 10_000 }, next);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    const below = draws.filter((x) => x < 0.3).length;
    expect(below).toBeGreaterThan(2_800);
    expect(below).toBeLessThan(3_200);
    expect(seededRandom(42)()).toBe(draws[0]);
  });
});

describe("a path rule faults one pair's list", () => {
  for (const apiVersion of ["2025-04", "2026-08"] as const) {
    it(`in ${apiVersion}: only project 11 region 2, every page of it`, async () => {
      const em = newEmulator({
        apiVersion,
        fixture: fleet,
        faults: { rules: [{ path: "^/cloud/v1/images/11/2$", status: 503, retryAfterMs: 10 }] },
      });
      const alpha = as(em, KEYS.alpha);
      const page = apiVersion === "2026-08" ? "?limit=100&offset=100" : "";
      const failing = await alpha.get(`/v1/images/11/2${page}`);
      expect(failing.status).toBe(503);
      expect(failing.headers.get("retry-after-ms")).toBe("10");
      expect((await alpha.get("/v1/images/11/2")).status).toBe(503);
      for (const pair of ["10/1", "10/2", "11/1"])
        expect((await alpha.get(`/v1/images/${pair}${page}`)).status).toBe(200);
      // A longer id with the same prefix is another pair.
      expect((await as(em, KEYS.admin).get(`/v1/images/110/2`)).status).not.toBe(503);
      expect(em.faultHits()[0]!.hits).toBe(2);
      await em.close();
    });
  }
});

describe("image batches", () => {
  it("spread count images round-robin over the pairs, with cycled metadata and stable ids", async () => {
    const em = newEmulator({ apiVersion: "2026-08", fixture: fleet });
    const alpha = as(em, KEYS.alpha);
    const own = await alpha.get("/v1/images/11/2?private=1&limit=1000");
    expect(own.body.count).toBe(150);
    // Pairs in (project, region) order: 10/1, 10/2, 11/1, 11/2 — image 3 is the first of 11/2.
    const first = own.body.results[0];
    expect(first.id).toBe(batchImageId(0, 3));
    expect(first.id).toBe("9e9e0000-0000-4000-8000-000000000003");
    expect(first.name).toBe("fleet-3");
    expect(first.tags_v2).toEqual([
      { key: "env", value: "prod", read_only: false },
      { key: "image_source", value: "volume", read_only: true },
      { key: "owner", value: "team-a", read_only: false },
    ]);
    expect(own.body.results[1].name).toBe("fleet-7");
    expect(own.body.results[1].tags_v2.map((t: { key: string }) => t.key)).toEqual(["env", "image_source"]);
    // The demo images are still there: the batch comes on top of the fixture's own images.
    const p10 = await alpha.get("/v1/images/10/1?private=1&limit=1000");
    expect(p10.body.count).toBe(150 + 1);
    await em.close();
  });

  it("seeds 100,000 images in one transaction, in seconds", async () => {
    const started = performance.now();
    const em = newEmulator({
      fixture: { ...demoFixture, imageBatches: [{ count: 100_000, projectIds: [10, 11], regionIds: [1, 2] }] },
    });
    const seededMs = performance.now() - started;
    const list = await as(em, KEYS.alpha).get("/v1/projectimages/11/1");
    expect(list.body.count).toBe(25_000);
    // ≈ 1 s on a quiet machine; the bound only catches a per-image transaction (minutes).
    expect(seededMs).toBeLessThan(20_000);
    await em.close();
  });

  it("a bad batch is a clear error naming the field", () => {
    const bad = { ...demoFixture, imageBatches: [{ count: -1, projectIds: [], regionIds: [1], metadata: [{ a: 1 }] }] };
    expect(() => newEmulator({ fixture: bad as unknown as Fixture })).toThrow(
      "invalid fixture (fixture object): imageBatches[0].count must be an integer ≥ 0; " +
        "imageBatches[0].projectIds must be a non-empty list of integer ids; " +
        "imageBatches[0].metadata must be a list of maps of strings",
    );
    expect(() => newEmulator({ fixture: { ...demoFixture, imageBatches: {} } as unknown as Fixture })).toThrow(
      "imageBatches must be a list",
    );
  });
});

describe("the directory a fleet's `all` reads", () => {
  it("lists the projects a key may read (as the real project listing answers its caller) and every region", async () => {
    const em = newEmulator();
    const regions = [1, 2];
    expect(em.directory()).toEqual({ projects: [1, 10, 11, 20, 30], regions });
    expect(em.directory(KEYS.admin)).toEqual({ projects: [1, 10, 11, 20, 30], regions });
    expect(em.directory(KEYS.resellerAcme)).toEqual({ projects: [10, 11, 20], regions });
    expect(em.directory(KEYS.alpha)).toEqual({ projects: [10, 11], regions });
    expect(em.directory(KEYS.gamma)).toEqual({ projects: [30], regions });
    expect(em.directory("not-a-key")).toEqual({ projects: [], regions });
    await em.close();
  });
});
