// Every operation of the spec has a client method, and calling that method sends that operation.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { specOperations, type OperationId } from "@imgctl/types/spec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "@imgctl/emulator";
import { createImagesClient, type ImagesClient } from "../src/index.js";
import { demoImageIds, demoKeys, demoVolumeId, IN_PROCESS_URL, startEmulator } from "./helpers.js";

type Call = (c: ImagesClient, state: { imageId: string; taskId: string }) => Promise<unknown>;

// operationId → the method (dotted path on the client) and a call of it that the emulator accepts.
// Ordered so that each call finds what an earlier one created.
const METHODS: Record<OperationId, [string, Call]> = {
  imagesList: ["images.list", (c) => c.images.list({ metadata_k: ["owner"] })],
  imagesListOwned: ["images.listOwned", (c) => c.images.listOwned()],
  imagesCreate: [
    "images.create",
    async (c, s) => (s.taskId = (await c.images.create({ name: "covered", volume_id: demoVolumeId(10, 1) })).tasks[0]!),
  ],
  tasksGet: ["tasks.get", async (c, s) => (s.imageId = (await c.tasks.get(s.taskId)).created_resources!.images![0]!)],
  tasksAcknowledge: ["tasks.acknowledge", (c, s) => c.tasks.acknowledge(s.taskId)],
  tasksList: ["tasks.list", (c) => c.tasks.list({ state: ["FINISHED"], project_id: [10] })],
  tasksListActive: ["tasks.listActive", (c) => c.tasks.listActive()],
  tasksAcknowledgeAll: ["tasks.acknowledgeAll", (c) => c.tasks.acknowledgeAll({ project_id: 10, region_id: 1 })],
  imagesUpload: [
    "images.upload",
    (c) => c.images.upload({ name: "uploaded", url: "https://images.example.com/covered.qcow2" }),
  ],
  baremetalImagesCreate: [
    "baremetalImages.create",
    (c) => c.baremetalImages.create({ name: "bm-covered", volume_id: demoVolumeId(10, 1) }),
  ],
  baremetalImagesList: ["baremetalImages.list", (c) => c.baremetalImages.list()],
  imagesGet: ["images.get", (c, s) => c.images.get(s.imageId)],
  imagesUpdate: ["images.update", (c, s) => c.images.update(s.imageId, { name: "covered-2" })],
  imageMetadataList: ["images.metadata.list", (c, s) => c.images.metadata.list(s.imageId)],
  imageMetadataMerge: ["images.metadata.merge", (c, s) => c.images.metadata.merge(s.imageId, { a: "1", b: "2" })],
  imageMetadataReplace: ["images.metadata.replace", (c, s) => c.images.metadata.replace(s.imageId, { a: "1" })],
  imageMetadataItemGet: ["images.metadata.get", (c, s) => c.images.metadata.get(s.imageId, "a")],
  imageMetadataItemDelete: ["images.metadata.delete", (c, s) => c.images.metadata.delete(s.imageId, "a")],
  imagesDelete: ["images.delete", (c, s) => c.images.delete(s.imageId)],
  sharedImagesSet: [
    "sharedImages.set",
    (c) =>
      c.sharedImages.set({
        entity_type: "project",
        entity_id: 10,
        region_id: 1,
        image_ids: [demoImageIds.ubuntu2404r1],
      }),
  ],
  sharedImagesGet: ["sharedImages.get", (c) => c.sharedImages.get({ entity_type: "project", entity_id: 10 })],
  sharedImagesDelete: ["sharedImages.delete", (c) => c.sharedImages.delete({ entity_type: "project", entity_id: 10 })],
  resellerImagesSet: [
    "resellerImages.set",
    (c) => c.resellerImages.set({ reseller_id: 100, region_id: 1, image_ids: null }),
  ],
  resellerImagesGet: ["resellerImages.get", (c) => c.resellerImages.get(100)],
  resellerImagesDelete: ["resellerImages.delete", (c) => c.resellerImages.delete(100)],
};

/** The operation a request is, by matching its method and path against the spec's templates. */
function operationOf(request: Request): string | undefined {
  const path = new URL(request.url).pathname.replace(/^\/cloud/, "");
  return specOperations.find(
    (op) => op.method === request.method && new RegExp(`^${op.path.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(path),
  )?.operationId;
}

let emulator: Emulator;
beforeAll(() => {
  emulator = startEmulator();
});
afterAll(() => emulator.close());

describe("coverage of the spec", () => {
  it("lists every operation of the spec, and nothing else", () => {
    expect(Object.keys(METHODS).sort()).toEqual(specOperations.map((op) => op.operationId).sort());
    expect(specOperations).toHaveLength(25);
  });

  it("every operation's method exists, and calling it sends exactly that operation", async () => {
    const sent: string[] = [];
    const client = createImagesClient({
      apiKey: demoKeys.admin,
      baseUrl: IN_PROCESS_URL,
      projectId: 10,
      regionId: 1,
      fetch: (request) => {
        sent.push(operationOf(request) ?? `unknown ${request.method} ${request.url}`);
        return emulator.fetch(request);
      },
    });
    const state = { imageId: "", taskId: "" };
    for (const [operationId, [method, call]] of Object.entries(METHODS)) {
      const fn = method.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], client);
      expect(typeof fn, method).toBe("function");
      sent.length = 0;
      await call(client, state);
      expect(sent, method).toEqual([operationId]);
    }
  });

  it("the spec's deprecated operations are methods marked @deprecated (editors strike them through)", () => {
    const deprecated = specOperations.filter((op) => op.deprecated).map((op) => METHODS[op.operationId][0]);
    expect(deprecated.sort()).toEqual(["resellerImages.delete", "resellerImages.get", "resellerImages.set"]);
    const source = readFileSync(fileURLToPath(new URL("../src/resources/reseller-images.ts", import.meta.url)), "utf8");
    for (const method of deprecated) {
      const name = method.split(".")[1]!;
      expect(source, name).toMatch(new RegExp(`@deprecated[^/]*\\*/\\s*${name}\\(`));
    }
    const client = readFileSync(fileURLToPath(new URL("../src/client.ts", import.meta.url)), "utf8");
    expect(client).toMatch(/@deprecated[^/]*\*\/\s*(declare )?readonly resellerImages/);
  });
});
