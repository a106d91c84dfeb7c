// Type tests: createImagesClient is typed per API generation; without apiVersion it is the 2025-04 client as before.
import type { Image as Image2025_04, ImageList as ImageList2025_04 } from "@imgctl/types";
import type { Image, ImageList, Tag, TagList } from "@imgctl/types/2026-08";
import { describe, expectTypeOf, it } from "vitest";
import {
  createImagesClient,
  imageTags,
  isApiVersion,
  type AnyImagesClient,
  type ApiVersion,
  type ClientOptions,
  type ImagesClient,
  type ImagesClient2026_08,
  type ImageTag,
} from "../src/index.js";

const id = "9c35f6e5-7a0a-4a1b-8f1e-2d1c5f3b4a01";
const today = createImagesClient({ apiVersion: "2026-08", apiKey: "k" });
const seed = createImagesClient({ apiVersion: "2025-04" });

describe("the client type follows apiVersion", () => {
  it("without apiVersion, and with a ClientOptions variable, it is the 2025-04 client (existing code compiles unchanged)", () => {
    expectTypeOf(createImagesClient()).toEqualTypeOf<ImagesClient>();
    expectTypeOf(createImagesClient({ apiKey: "k" })).toEqualTypeOf<ImagesClient>();
    const options: ClientOptions = {};
    expectTypeOf(createImagesClient(options)).toEqualTypeOf<ImagesClient>();
    expectTypeOf(seed).toEqualTypeOf<ImagesClient>();
    expectTypeOf(seed.images.get(id)).resolves.toEqualTypeOf<Image2025_04>();
  });

  it("2026-08: no sharedImages or resellerImages; list takes limit, offset and the tag filters", () => {
    expectTypeOf(today).toEqualTypeOf<ImagesClient2026_08>();
    expectTypeOf(today).not.toHaveProperty("sharedImages");
    expectTypeOf(today).not.toHaveProperty("resellerImages");
    expectTypeOf(
      today.images.list({
        limit: 1000,
        offset: 0,
        tag_key: ["env"],
        tag_key_value: { env: "prod" },
        name: "web",
        architecture: "x86_64",
      }),
    ).resolves.toEqualTypeOf<ImageList>();
    expectTypeOf(today.images.listAll({ tag_key: "env" })).toEqualTypeOf<AsyncGenerator<Image, void, undefined>>();
    expectTypeOf(today.images.get(id)).resolves.toEqualTypeOf<Image>();
    expectTypeOf(today.baremetalImages.list({ limit: 10 })).resolves.toEqualTypeOf<ImageList>();
    // @ts-expect-error -- metadata_kv is a 2025-04 filter
    void today.images.list({ metadata_kv: { env: "prod" } });
    // @ts-expect-error -- limit is a 2026-08 parameter
    void seed.images.list({ limit: 10 });
    expectTypeOf(seed.images.list({ metadata_kv: { a: "b" } })).resolves.toEqualTypeOf<ImageList2025_04>();
  });

  it("2026-08 tags: PATCH merge patch; the deprecated metadata endpoints stay reachable", () => {
    expectTypeOf(today.images.tags.set(id, { env: "prod" })).resolves.toEqualTypeOf<Image>();
    expectTypeOf(today.images.tags.unset(id, ["env"])).resolves.toEqualTypeOf<Image>();
    expectTypeOf(today.images.tags.patch(id, { env: null, owner: "web" })).resolves.toEqualTypeOf<Image>();
    expectTypeOf(today.images.tags.patch(id, null)).resolves.toEqualTypeOf<Image>();
    expectTypeOf(today.images.tags.replace(id, { env: "prod" })).resolves.toEqualTypeOf<Image>();
    expectTypeOf(today.images.tags.list(id)).resolves.toEqualTypeOf<Tag[]>();
    expectTypeOf(today.images.update(id, { tags: { env: null } })).resolves.toEqualTypeOf<Image>();
    expectTypeOf(today.images.metadata.list(id)).resolves.toEqualTypeOf<TagList>();
    // @ts-expect-error -- set takes strings; null deletes only through unset or patch
    void today.images.tags.set(id, { env: null });
    // @ts-expect-error -- create takes tags in 2026-08, not metadata
    void today.images.create({ name: "n", volume_id: id, metadata: { a: "b" } });
    expectTypeOf(today.images.create({ name: "n", volume_id: id, tags: { a: "b" } })).resolves.toEqualTypeOf<{
      tasks: string[];
    }>();
  });

  it("a generation known at run time gives either client, narrowed by isApiVersion", () => {
    const version = "2026-08" as ApiVersion;
    const client = createImagesClient({ apiVersion: version });
    expectTypeOf(client).toEqualTypeOf<AnyImagesClient>();
    if (isApiVersion(client, "2026-08")) expectTypeOf(client).toEqualTypeOf<ImagesClient2026_08>();
    else expectTypeOf(client).toEqualTypeOf<ImagesClient>();
  });

  it("imageTags takes an image of either generation", () => {
    expectTypeOf(imageTags).parameter(0).toEqualTypeOf<Image2025_04 | Image>();
    expectTypeOf(imageTags).returns.toEqualTypeOf<ImageTag[]>();
  });
});
