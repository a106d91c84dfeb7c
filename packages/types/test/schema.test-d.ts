import { describe, expectTypeOf, it } from "vitest";
import type {
  ErrorBody,
  Image,
  ImageCreateFromVolume,
  ImageDownload,
  ImageListQuery,
  MetadataItem,
  Task,
  TaskIdList,
  TaskList,
  TaskListQuery,
  paths,
} from "../src/index.js";

describe("generated types", () => {
  it("Image has the seed-era fields with their types", () => {
    expectTypeOf<Image["name"]>().toEqualTypeOf<string>();
    expectTypeOf<Image["metadata"]>().toEqualTypeOf<{ [key: string]: string }>();
    expectTypeOf<Image["metadata_detailed"]>().toEqualTypeOf<MetadataItem[]>();
    expectTypeOf<Image["architecture"]>().toEqualTypeOf<"aarch64" | "x86_64">();
    expectTypeOf<Image["hw_machine_type"]>().toEqualTypeOf<"i440" | "q35" | null>();
    expectTypeOf<Image["size"]>().toEqualTypeOf<number | null>();
    expectTypeOf<Image["price_per_hour"]>().toEqualTypeOf<number | null | undefined>();
  });

  it("create requires name and volume_id, and rejects wrong enums", () => {
    expectTypeOf<{ name: string; volume_id: string }>().toMatchTypeOf<ImageCreateFromVolume>();
    // @ts-expect-error volume_id is required
    const missing: ImageCreateFromVolume = { name: "x" };
    // @ts-expect-error os_type is linux or windows
    const wrongEnum: ImageCreateFromVolume = { name: "x", volume_id: "v", os_type: "macos" };
    void missing;
    void wrongEnum;
  });

  it("path and query parameters are typed", () => {
    type ListParams = paths["/v1/images/{project_id}/{region_id}"]["get"]["parameters"];
    expectTypeOf<ListParams["path"]>().toEqualTypeOf<{ project_id: number; region_id: number }>();
    // @ts-expect-error visibility is private, public or shared
    const badVisibility: ImageListQuery = { visibility: "everyone" };
    void badVisibility;
    type CreateOk =
      paths["/v1/images/{project_id}/{region_id}"]["post"]["responses"][200]["content"]["application/json"];
    expectTypeOf<CreateOk>().toEqualTypeOf<TaskIdList>();
  });

  it("task states and the error body", () => {
    expectTypeOf<Task["state"]>().toEqualTypeOf<"NEW" | "RUNNING" | "FINISHED" | "ERROR">();
    expectTypeOf<ErrorBody["request_id"]>().toEqualTypeOf<string>();
    expectTypeOf<ErrorBody["invalid_fields"]>().toEqualTypeOf<{ [key: string]: string[] } | undefined>();
  });

  it("upload requires name and url and takes metadata; create and upload accept is_baremetal null", () => {
    expectTypeOf<{ name: string; url: string }>().toMatchTypeOf<ImageDownload>();
    expectTypeOf<ImageDownload["metadata"]>().toEqualTypeOf<{ [key: string]: string } | undefined>();
    expectTypeOf<ImageDownload["is_baremetal"]>().toEqualTypeOf<boolean | null | undefined>();
    expectTypeOf<ImageCreateFromVolume["is_baremetal"]>().toEqualTypeOf<boolean | null | undefined>();
    // @ts-expect-error url is required
    const noUrl: ImageDownload = { name: "x" };
    void noUrl;
  });

  it("task detailed_state is an enum, the task list pages, its filters repeat", () => {
    expectTypeOf<"NETWORK">().toMatchTypeOf<NonNullable<Task["detailed_state"]>>();
    // @ts-expect-error detailed_state is not a free string
    const wrongState: Task["detailed_state"] = "SOMETHING";
    void wrongState;
    expectTypeOf<TaskList["count"]>().toEqualTypeOf<number>();
    expectTypeOf<TaskListQuery["state"]>().toEqualTypeOf<("NEW" | "RUNNING" | "FINISHED" | "ERROR")[] | undefined>();
    expectTypeOf<TaskListQuery["project_id"]>().toEqualTypeOf<number[] | undefined>();
    type AckAll = paths["/v1/tasks/acknowledge_all"]["post"]["parameters"]["query"];
    expectTypeOf<NonNullable<AckAll>>().toEqualTypeOf<{ project_id?: number; region_id?: number }>();
  });
});
