// Type tests (vitest typecheck): results have the spec's types; wrong parameters and bodies do not compile.
import type {
  Image,
  ImageList,
  MetadataItem,
  MetadataItemList,
  ResellerImage,
  ResellerImageList,
  SharedImageList,
  Task,
  TaskIdList,
  TaskList,
} from "@imgctl/types";
import { describe, expectTypeOf, it } from "vitest";
import { createImagesClient, type ApiError, type ImagesClient, type ResolvedOptions } from "../src/index.js";

const client = createImagesClient({ apiKey: "k", projectId: 1, regionId: 1 });
const id = "9c35f6e5-7a0a-4a1b-8f1e-2d1c5f3b4a01";

describe("results have the spec's types", () => {
  it("images", () => {
    expectTypeOf(client.images.list()).resolves.toEqualTypeOf<ImageList>();
    expectTypeOf(client.images.listOwned()).resolves.toEqualTypeOf<ImageList>();
    expectTypeOf(client.images.get(id)).resolves.toEqualTypeOf<Image>();
    expectTypeOf(client.images.create({ name: "n", volume_id: id })).resolves.toEqualTypeOf<TaskIdList>();
    expectTypeOf(client.images.update(id, { name: "n" })).resolves.toEqualTypeOf<Image>();
    expectTypeOf(client.images.delete(id)).resolves.toEqualTypeOf<TaskIdList>();
    expectTypeOf(client.images.createAndWait({ name: "n", volume_id: id })).resolves.toEqualTypeOf<Image>();
    expectTypeOf(client.images.deleteAndWait(id)).resolves.toEqualTypeOf<void>();
    expectTypeOf<Image["visibility"]>().toEqualTypeOf<"private" | "public" | "shared">();
  });

  it("metadata, shared and reseller images, tasks", () => {
    expectTypeOf(client.images.metadata.list(id)).resolves.toEqualTypeOf<MetadataItemList>();
    expectTypeOf(client.images.metadata.get(id, "k")).resolves.toEqualTypeOf<MetadataItem>();
    expectTypeOf(client.images.metadata.merge(id, { a: "b" })).resolves.toEqualTypeOf<void>();
    expectTypeOf(client.images.metadata.replace(id, { a: "b" })).resolves.toEqualTypeOf<void>();
    expectTypeOf(client.images.metadata.delete(id, "k")).resolves.toEqualTypeOf<void>();
    expectTypeOf(client.sharedImages.get()).resolves.toEqualTypeOf<SharedImageList>();
    expectTypeOf(
      client.sharedImages.set({ entity_type: "client", entity_id: 1, region_id: 1, image_ids: null }),
    ).resolves.toEqualTypeOf<SharedImageList>();
    expectTypeOf(client.sharedImages.delete()).resolves.toEqualTypeOf<void>();
    expectTypeOf(client.resellerImages.get(100)).resolves.toEqualTypeOf<ResellerImageList>();
    expectTypeOf(
      client.resellerImages.set({ reseller_id: 100, region_id: 1, image_ids: [] }),
    ).resolves.toEqualTypeOf<ResellerImage>();
    expectTypeOf(client.resellerImages.delete(100, { region_id: 1 })).resolves.toEqualTypeOf<void>();
    expectTypeOf(client.tasks.get(id)).resolves.toEqualTypeOf<Task>();
    expectTypeOf(
      client.tasks.wait(id, { interval: 10, onProgress: (t) => expectTypeOf(t).toEqualTypeOf<Task>() }),
    ).resolves.toEqualTypeOf<Task>();
  });

  it("upload, bare-metal images, task lists and acknowledge", () => {
    expectTypeOf(client.images.upload({ name: "n", url: "https://x/y.img" })).resolves.toEqualTypeOf<TaskIdList>();
    expectTypeOf(
      client.images.uploadAndWait(
        { name: "n", url: "https://x/y.img" },
        { onImageProgress: (i) => expectTypeOf(i).toEqualTypeOf<Image>() },
      ),
    ).resolves.toEqualTypeOf<Image>();
    // @ts-expect-error -- url is required
    void client.images.upload({ name: "n" });
    expectTypeOf(client.baremetalImages.list({ metadata_kv: { a: "b" } })).resolves.toEqualTypeOf<ImageList>();
    expectTypeOf(client.baremetalImages.createAndWait({ name: "n", volume_id: id })).resolves.toEqualTypeOf<Image>();
    expectTypeOf(client.tasks.list({ state: ["RUNNING"], project_id: [1] })).resolves.toEqualTypeOf<TaskList>();
    // @ts-expect-error -- state is one of the task states
    void client.tasks.list({ state: ["DONE"] });
    expectTypeOf(client.tasks.listAll()).toEqualTypeOf<AsyncGenerator<Task, void, undefined>>();
    expectTypeOf(client.tasks.listActive({ task_type: ["download_image"] })).resolves.toEqualTypeOf<TaskList>();
    expectTypeOf(client.tasks.acknowledge(id)).resolves.toEqualTypeOf<Task>();
    expectTypeOf(client.tasks.acknowledgeAll({ project_id: 1, region_id: 1 })).resolves.toEqualTypeOf<void>();
  });

  it("raw, options, fetch and errors", async () => {
    const { data } = await client.raw.GET("/v1/images/{project_id}/{region_id}/{image_id}", {
      params: { path: { project_id: 1, region_id: 1, image_id: id } },
    });
    expectTypeOf(data).toEqualTypeOf<Image | undefined>();
    expectTypeOf(client.options).toEqualTypeOf<ResolvedOptions>();
    expectTypeOf(client.fetch).parameter(0).toEqualTypeOf<Request>();
    expectTypeOf(client.fetch).returns.resolves.toEqualTypeOf<Response>();
    expectTypeOf(client).toEqualTypeOf<ImagesClient>();
    expectTypeOf<ApiError["status"]>().toEqualTypeOf<number>();
    expectTypeOf<ApiError["requestId"]>().toEqualTypeOf<string | undefined>();
  });
});

describe("wrong parameters and bodies do not compile", () => {
  it("images", () => {
    // @ts-expect-error image ids are strings
    void client.images.get(123);
    // @ts-expect-error project_id is a number
    void client.images.list({ project_id: "10" });
    // @ts-expect-error visibility is an enum
    void client.images.list({ visibility: "secret" });
    // @ts-expect-error metadata_k is an array of keys, not a JSON string
    void client.images.list({ metadata_k: '["a"]' });
    // @ts-expect-error metadata_kv values are strings
    void client.images.list({ metadata_kv: { env: 1 } });
    // @ts-expect-error listOwned has no `private` filter
    void client.images.listOwned({ private: true });
    // @ts-expect-error create needs a volume_id
    void client.images.create({ name: "n" });
    // @ts-expect-error os_type is linux or windows
    void client.images.create({ name: "n", volume_id: id, os_type: "beos" });
    // @ts-expect-error unknown body field
    void client.images.update(id, { colour: "red" });
    // @ts-expect-error update needs the image id
    void client.images.update({ name: "n" });
  });

  it("metadata, shared and reseller images, tasks", () => {
    // @ts-expect-error metadata values are strings
    void client.images.metadata.merge(id, { n: 1 });
    // @ts-expect-error item get needs the key
    void client.images.metadata.get(id);
    // @ts-expect-error entity_type is reseller, client or project
    void client.sharedImages.set({ entity_type: "team", entity_id: 1, region_id: 1, image_ids: null });
    // @ts-expect-error image_ids is required (null for all public images)
    void client.sharedImages.set({ entity_type: "client", entity_id: 1, region_id: 1 });
    // @ts-expect-error reseller ids are numbers
    void client.resellerImages.get("100");
    // @ts-expect-error interval is in milliseconds (a number)
    void client.tasks.wait(id, { interval: "1s" });
    // @ts-expect-error raw paths are checked against the spec
    void client.raw.GET("/v1/imagez");
    // @ts-expect-error per-call options are typed
    void client.images.list({}, { timeout: "5s" });
  });
});
