import { describe, expectTypeOf, it } from "vitest";
import type { ApiVersion as RootApiVersion, Image as SeedImage } from "../src/index.js";
import type { Image as Image2025 } from "../src/2025-04.js";
import type {
  ApiVersion,
  Image,
  ImageCreateFromVolume,
  ImageDownload,
  ImageListQuery,
  ImageUpdate,
  OperationId,
  Tag,
  TagUpdateMap,
  TaskList,
  paths,
} from "../src/2026-08/index.js";

describe("2026-08 types", () => {
  it("an image carries tags_v2 of {key, value, read_only}, the GPU fields, and no metadata", () => {
    expectTypeOf<Image["tags_v2"]>().toEqualTypeOf<Tag[]>();
    expectTypeOf<Tag>().toEqualTypeOf<{ key: string; value: string; read_only: boolean }>();
    expectTypeOf<Image["gpu_driver"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Image["gpu_driver_version"]>().toEqualTypeOf<string | null>();
    // Every field is required: the price fields are null, not absent, without include_prices.
    expectTypeOf<Image["price_per_hour"]>().toEqualTypeOf<number | null>();
    expectTypeOf<Image["currency_code"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Image>().not.toHaveProperty("metadata");
    expectTypeOf<Image>().not.toHaveProperty("metadata_detailed");
    expectTypeOf<Image>().not.toHaveProperty("internally_shared");
    expectTypeOf<Image>().toHaveProperty("tags_v2");
  });

  it("the list takes repeated tag_key, tag_key_value as a JSON string, paging and the new filters", () => {
    expectTypeOf<ImageListQuery["tag_key"]>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<ImageListQuery["tag_key_value"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ImageListQuery["limit"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ImageListQuery["offset"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ImageListQuery["name"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ImageListQuery["os_distro"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ImageListQuery["os_version"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ImageListQuery["architecture"]>().toEqualTypeOf<"aarch64" | "x86_64" | undefined>();
    // @ts-expect-error the seed's metadata_kv filter is not a 2026-08 parameter
    const seedFilter: ImageListQuery = { metadata_kv: '{"env":"prod"}' };
    void seedFilter;
    type GetQuery = NonNullable<paths["/v1/images/{project_id}/{region_id}/{image_id}"]["get"]["parameters"]["query"]>;
    expectTypeOf<keyof GetQuery>().toEqualTypeOf<"include_prices">();
    type OwnedQuery = NonNullable<paths["/v1/projectimages/{project_id}/{region_id}"]["get"]["parameters"]["query"]>;
    expectTypeOf<keyof OwnedQuery>().toEqualTypeOf<"include_prices">();
  });

  it("PATCH takes tags as a merge patch: a null value deletes a key, null clears the user tags", () => {
    expectTypeOf<ImageUpdate["tags"]>().toEqualTypeOf<TagUpdateMap | undefined>();
    const patch: ImageUpdate = { tags: { env: "prod", stage: null } };
    const clear: ImageUpdate = { tags: null };
    // @ts-expect-error PATCH has no metadata field in 2026-08
    const seedPatch: ImageUpdate = { metadata: { env: "prod" } };
    // @ts-expect-error a tag value is a string or null
    const numberValue: ImageUpdate = { tags: { env: 1 } };
    void [patch, clear, seedPatch, numberValue];
    type PatchBody = paths["/v1/images/{project_id}/{region_id}/{image_id}"]["patch"]["requestBody"];
    expectTypeOf<NonNullable<PatchBody>["content"]["application/json"]>().toEqualTypeOf<ImageUpdate>();
  });

  it("create and upload take tags as a string map", () => {
    expectTypeOf<ImageCreateFromVolume["tags"]>().toEqualTypeOf<{ [key: string]: string } | undefined>();
    expectTypeOf<ImageDownload["tags"]>().toEqualTypeOf<{ [key: string]: string } | undefined>();
    // @ts-expect-error create has no metadata field in 2026-08
    const seedCreate: ImageCreateFromVolume = { name: "x", volume_id: "v", metadata: {} };
    void seedCreate;
  });

  it("has no shared-image or reseller-image operations, and lists tasks with count as the total", () => {
    expectTypeOf<"sharedImagesGet">().not.toMatchTypeOf<OperationId>();
    expectTypeOf<"resellerImagesSet">().not.toMatchTypeOf<OperationId>();
    expectTypeOf<"imagesUpdate">().toMatchTypeOf<OperationId>();
    expectTypeOf<"/v1/shared_image">().not.toMatchTypeOf<keyof paths>();
    expectTypeOf<"/v1/reseller_image">().not.toMatchTypeOf<keyof paths>();
    expectTypeOf<TaskList["count"]>().toEqualTypeOf<number>();
  });

  it("the main entry keeps the 2025-04 image; ApiVersion names both generations", () => {
    expectTypeOf<SeedImage>().toEqualTypeOf<Image2025>();
    expectTypeOf<SeedImage["metadata"]>().toEqualTypeOf<{ [key: string]: string }>();
    expectTypeOf<ApiVersion>().toEqualTypeOf<"2025-04" | "2026-08">();
    expectTypeOf<RootApiVersion>().toEqualTypeOf<ApiVersion>();
  });
});
