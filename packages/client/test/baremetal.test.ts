// baremetalImages.list / create / createAndWait against the real emulator.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "@imgctl/emulator";
import { NotFoundError } from "../src/index.js";
import { demoImageIds, demoKeys, demoVolumeId, inProcessClient, startEmulator } from "./helpers.js";

let emulator: Emulator;
let alpha: ReturnType<typeof inProcessClient>;
beforeAll(() => {
  emulator = startEmulator();
  alpha = inProcessClient(emulator);
});
afterAll(() => emulator.close());

const ids = (list: { results: { id: string }[] }) => list.results.map((i) => i.id);

describe("baremetalImages", () => {
  it("list: the bare-metal images the project may use, with the image list's filters", async () => {
    const list = await alpha.baremetalImages.list();
    expect(list.count).toBe(list.results.length);
    expect(list.results.every((i) => i.is_baremetal === true && i.region_id === 1)).toBe(true);
    expect(ids(list)).toEqual(
      expect.arrayContaining([demoImageIds.ubuntu2204BaremetalR1, demoImageIds.alphaBaremetalGolden]),
    );
    expect(ids(await alpha.baremetalImages.list({ private: true }))).toEqual([demoImageIds.alphaBaremetalGolden]);
    expect(
      (await alpha.baremetalImages.list({ visibility: "public" })).results.every((i) => i.visibility === "public"),
    ).toBe(true);
    // The image list and the bare-metal list do not overlap.
    expect(ids(await alpha.images.list())).not.toContain(demoImageIds.ubuntu2204BaremetalR1);
  });

  it("createAndWait returns a bare-metal image that images.get reads and the list shows", async () => {
    const image = await alpha.baremetalImages.createAndWait({
      name: "bm-and-wait",
      volume_id: demoVolumeId(10, 1),
      metadata: { owner: "qa" },
    });
    expect(image).toMatchObject({
      name: "bm-and-wait",
      is_baremetal: true,
      status: "active",
      project_id: 10,
      metadata: expect.objectContaining({ owner: "qa" }),
    });
    expect(await alpha.images.get(image.id)).toEqual(image);
    expect(ids(await alpha.baremetalImages.list({ private: true }))).toContain(image.id);
  });

  it("create in a project of another client is a NotFoundError", async () => {
    const beta = inProcessClient(emulator, { apiKey: demoKeys.beta, projectId: 10 });
    await expect(
      beta.baremetalImages.create({ name: "bm-foreign", volume_id: demoVolumeId(10, 1) }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
