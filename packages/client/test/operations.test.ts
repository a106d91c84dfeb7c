// Every operation against the real emulator, in process (fetch = emulator.fetch).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "@imgctl/emulator";
import { NotFoundError, type Task } from "../src/index.js";
import { demoImageIds, demoKeys, demoVolumeId, inProcessClient, startEmulator } from "./helpers.js";

let emulator: Emulator;
let alpha: ReturnType<typeof inProcessClient>;
let admin: ReturnType<typeof inProcessClient>;

beforeAll(() => {
  emulator = startEmulator();
  alpha = inProcessClient(emulator);
  admin = inProcessClient(emulator, { apiKey: demoKeys.admin, projectId: undefined, regionId: undefined });
});
afterAll(() => emulator.close());

const names = (list: { results: { name: string }[] }) => list.results.map((i) => i.name).sort();

describe("images", () => {
  it("list: own, public and shared images of the default project and region", async () => {
    const list = await alpha.images.list();
    expect(list.count).toBe(list.results.length);
    expect(names(list)).toContain("alpha-web-golden");
    expect(list.results.some((i) => i.visibility === "public")).toBe(true);
    expect(list.results.every((i) => i.region_id === 1)).toBe(true);
  });

  it("list: metadata_k / metadata_kv arrays and objects are sent as the API's JSON", async () => {
    expect(names(await alpha.images.list({ metadata_k: ["owner", "env"] }))).toEqual(["alpha-web-golden"]);
    expect(names(await alpha.images.list({ metadata_kv: { env: "prod" } }))).toEqual(["alpha-web-golden"]);
    expect((await alpha.images.list({ metadata_kv: { env: "staging" } })).count).toBe(0);
  });

  it("list: private, visibility, include_prices and explicit path params", async () => {
    expect(names(await alpha.images.list({ private: true }))).toEqual(["alpha-web-golden"]);
    const pub = await alpha.images.list({ visibility: "public", include_prices: true });
    expect(pub.count).toBeGreaterThan(0);
    expect(pub.results.every((i) => i.visibility === "public" && "price_per_hour" in i)).toBe(true);
    const region2 = await alpha.images.list({ region_id: 2 });
    expect(region2.results.every((i) => i.region_id === 2)).toBe(true);
    expect(names(region2)).not.toContain("alpha-web-golden");
  });

  it("listOwned: only the project's own images", async () => {
    expect(names(await alpha.images.listOwned())).toEqual(["alpha-web-golden"]);
    expect((await alpha.images.listOwned({ project_id: 11 })).count).toBe(0);
  });

  it("get: one image, with prices on request", async () => {
    const image = await alpha.images.get(demoImageIds.alphaWebGolden);
    expect(image).toMatchObject({ id: demoImageIds.alphaWebGolden, name: "alpha-web-golden", project_id: 10 });
    expect(image.metadata).toMatchObject({ owner: "team-web", env: "prod" });
    expect("price_per_hour" in image).toBe(false);
    expect(await alpha.images.get(demoImageIds.ubuntu2404r1, { include_prices: true })).toHaveProperty(
      "price_per_hour",
    );
  });

  it("create + tasks.get + update + delete, step by step", async () => {
    const { tasks } = await alpha.images.create({
      name: "step-by-step",
      volume_id: demoVolumeId(10, 1),
      metadata: { team: "qa" },
    });
    expect(tasks).toHaveLength(1);
    const task = await alpha.tasks.get(tasks[0]!);
    expect(task).toMatchObject({ id: tasks[0], task_type: "create_image", state: "FINISHED" });
    const id = task.created_resources!.images![0]!;

    const updated = await alpha.images.update(id, {
      name: "step-by-step-2",
      ssh_key: "required",
      metadata: { tier: "gold" },
    });
    expect(updated).toMatchObject({ id, name: "step-by-step-2", ssh_key: "required" });
    expect(updated.metadata).toMatchObject({ team: "qa", tier: "gold" });

    const deleted = await alpha.images.delete(id);
    expect((await alpha.tasks.wait(deleted.tasks[0]!, { interval: 1 })).state).toBe("FINISHED");
    await expect(alpha.images.get(id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("createAndWait returns the new image; deleteAndWait removes it", async () => {
    const image = await alpha.images.createAndWait({ name: "and-wait", volume_id: demoVolumeId(10, 2), region_id: 2 });
    expect(image).toMatchObject({ name: "and-wait", project_id: 10, region_id: 2, status: "active" });
    expect(names(await alpha.images.listOwned({ region_id: 2 }))).toContain("and-wait");
    await alpha.images.deleteAndWait(image.id, { region_id: 2 }, { interval: 1 });
    expect(names(await alpha.images.listOwned({ region_id: 2 }))).not.toContain("and-wait");
  });
});

describe("images.metadata", () => {
  let id: string;
  beforeAll(async () => {
    id = (
      await alpha.images.createAndWait({ name: "meta-target", volume_id: demoVolumeId(10, 1), metadata: { a: "1" } })
    ).id;
  });

  it("list / merge / get", async () => {
    await alpha.images.metadata.merge(id, { b: "2", a: "one" });
    const items = await alpha.images.metadata.list(id);
    expect(items.count).toBe(items.results.length);
    const map = Object.fromEntries(items.results.map((i) => [i.key, i.value]));
    expect(map).toMatchObject({ a: "one", b: "2" });
    expect(await alpha.images.metadata.get(id, "b")).toEqual({ key: "b", value: "2", read_only: false });
  });

  it("replace keeps read-only items; delete removes one key", async () => {
    await alpha.images.metadata.replace(id, { only: "this" });
    const after = await alpha.images.metadata.list(id);
    const user = after.results.filter((i) => !i.read_only).map((i) => i.key);
    expect(user).toEqual(["only"]);
    expect(after.results.some((i) => i.read_only)).toBe(true);
    await alpha.images.metadata.delete(id, "only");
    await expect(alpha.images.metadata.get(id, "only")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("sharedImages", () => {
  it("set / get / delete a client's record changes what the client sees", async () => {
    const set = await admin.sharedImages.set({
      entity_type: "client",
      entity_id: 1001,
      region_id: 1,
      image_ids: [demoImageIds.debian12r1],
    });
    expect(set.results[0]).toMatchObject({
      entity_type: "client",
      entity_id: 1001,
      image_ids: [demoImageIds.debian12r1],
    });
    const got = await admin.sharedImages.get({ entity_type: "client", entity_id: 1001 });
    expect(got.count).toBe(1);
    const limited = await alpha.images.list({ visibility: "public" });
    expect(limited.results.map((i) => i.id)).toEqual([demoImageIds.debian12r1]);

    await admin.sharedImages.delete({ entity_type: "client", entity_id: 1001 });
    expect((await admin.sharedImages.get({ entity_type: "client", entity_id: 1001 })).count).toBe(0);
    expect((await alpha.images.list({ visibility: "public" })).count).toBeGreaterThan(1);
  });
});

describe("resellerImages (deprecated)", () => {
  it("set / get / delete", async () => {
    const acme = inProcessClient(emulator, { apiKey: demoKeys.resellerAcme });
    const record = await acme.resellerImages.set({ reseller_id: 100, region_id: 1, image_ids: [] });
    expect(record).toEqual({ reseller_id: 100, region_id: 1, image_ids: [] });
    expect((await acme.resellerImages.get(100)).results).toContainEqual(record);
    // An empty list hides every public image from the reseller's clients.
    expect((await alpha.images.list({ visibility: "public" })).count).toBe(0);
    await acme.resellerImages.delete(100, { region_id: 1 });
    expect((await acme.resellerImages.get(100)).count).toBe(0);
    expect((await alpha.images.list({ visibility: "public" })).count).toBeGreaterThan(0);
  });
});

describe("tasks.wait", () => {
  it("polls until FINISHED and reports progress", async () => {
    const slow = startEmulator({ tasks: { mode: "polls", polls: 2 } });
    try {
      const client = inProcessClient(slow);
      const { tasks } = await client.images.create({ name: "slow-one", volume_id: demoVolumeId(10, 1) });
      const seen: Task["state"][] = [];
      const task = await client.tasks.wait(tasks[0]!, { interval: 1, onProgress: (t) => seen.push(t.state) });
      expect(task.state).toBe("FINISHED");
      expect(seen.length).toBeGreaterThan(1);
      expect(seen.at(-1)).toBe("FINISHED");
      expect(seen.slice(0, -1).every((s) => s === "NEW" || s === "RUNNING")).toBe(true);
    } finally {
      await slow.close();
    }
  });
});
