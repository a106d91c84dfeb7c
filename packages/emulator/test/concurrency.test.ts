import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, createImage, KEYS, newEmulator } from "./helpers.js";

describe("concurrency", () => {
  const em = newEmulator();
  const alpha = as(em, KEYS.alpha);
  let base = "";
  afterAll(() => em.close());
  beforeAll(async () => {
    base = `/v1/images/10/1/${(await createImage(em, KEYS.alpha, 10, 1, "busy-img")).imageId}`;
  });

  it("50 parallel merges with distinct keys: every key is there", async () => {
    const replies = await Promise.all(
      Array.from({ length: 50 }, (_, i) => alpha.post(`${base}/metadata`, { [`k${i}`]: `v${i}` })),
    );
    expect(replies.every((r) => r.status === 204)).toBe(true);
    const items = (await alpha.get(`${base}/metadata`)).body.results.filter((i: any) => !i.read_only);
    expect(items).toHaveLength(50);
    for (let i = 0; i < 50; i++) expect(items).toContainEqual({ key: `k${i}`, value: `v${i}`, read_only: false });
  });

  it("parallel replaces: the final state is exactly one of the bodies", async () => {
    const bodies = Array.from({ length: 20 }, (_, i) =>
      Object.fromEntries(Array.from({ length: 5 }, (_, j) => [`r${i}-${j}`, `${i}`])),
    );
    const replies = await Promise.all(bodies.map((b) => alpha.put(`${base}/metadata`, b)));
    expect(replies.every((r) => r.status === 204)).toBe(true);
    const items = (await alpha.get(`${base}/metadata`)).body.results.filter((i: any) => !i.read_only);
    const final = Object.fromEntries(items.map((i: any) => [i.key, i.value]));
    expect(
      bodies.filter((b) => JSON.stringify(Object.entries(b).sort()) === JSON.stringify(Object.entries(final).sort())),
    ).toHaveLength(1);
  });

  it("50 parallel creates: 50 tasks, 50 new images", async () => {
    const before = (await alpha.get("/v1/projectimages/10/2")).body.count;
    const { demoVolumeId } = await import("../src/index.js");
    const replies = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        alpha.post("/v1/images/10/2", { name: `par-${i}`, volume_id: demoVolumeId(10, 2) }),
      ),
    );
    const tasks = replies.map((r) => r.body.tasks[0]);
    expect(new Set(tasks).size).toBe(50);
    const states = await Promise.all(tasks.map((t) => alpha.get(`/v1/tasks/${t}`)));
    expect(states.every((s) => s.body.state === "FINISHED")).toBe(true);
    expect((await alpha.get("/v1/projectimages/10/2")).body.count).toBe(before + 50);
  });
});
