// The handler table is typed from the generated spec types: each handler's path, query and body
// ARE `operations[Id]`'s, so changing a request in spec/ (then `pnpm generate`) breaks the type
// check of the handler that reads it instead of passing silently.
import type {
  ImageCreateFromVolume,
  ImageDownload,
  ImageUpdate,
  MetadataMap,
  OperationId,
  TaskListQuery,
  operations,
} from "@imgctl/types";
import { describe, expectTypeOf, it } from "vitest";
import type { OpContext } from "../src/http/operation.js";
import type { handlers } from "../src/routes/index.js";

type Handlers = typeof handlers;
type ContextOf<Id extends OperationId> = Parameters<Handlers[Id]>[0];
/** The generated JSON body of an operation, or undefined when it has none. */
type JsonBody<Id extends OperationId> = [NonNullable<operations[Id]["requestBody"]>] extends [never]
  ? undefined
  : NonNullable<operations[Id]["requestBody"]> extends { content: { "application/json": infer B } }
    ? B
    : never;

describe("the emulator's handlers", () => {
  it("are keyed by every OperationId of the spec, and only those", () => {
    expectTypeOf<keyof Handlers>().toEqualTypeOf<OperationId>();
  });

  it("receive the generated request bodies", () => {
    expectTypeOf<ContextOf<"imagesCreate">["body"]>().toEqualTypeOf<ImageCreateFromVolume>();
    expectTypeOf<ContextOf<"imagesCreate">["body"]>().toEqualTypeOf<JsonBody<"imagesCreate">>();
    expectTypeOf<ContextOf<"imagesUpdate">["body"]>().toEqualTypeOf<ImageUpdate>();
    expectTypeOf<ContextOf<"imageMetadataMerge">["body"]>().toEqualTypeOf<MetadataMap>();
    expectTypeOf<ContextOf<"imageMetadataReplace">["body"]>().toEqualTypeOf<JsonBody<"imageMetadataReplace">>();
    expectTypeOf<ContextOf<"sharedImagesSet">["body"]>().toEqualTypeOf<JsonBody<"sharedImagesSet">>();
    expectTypeOf<ContextOf<"resellerImagesSet">["body"]>().toEqualTypeOf<JsonBody<"resellerImagesSet">>();
    expectTypeOf<ContextOf<"imagesGet">["body"]>().toEqualTypeOf<undefined>();
    expectTypeOf<ContextOf<"sharedImagesDelete">["body"]>().toEqualTypeOf<undefined>();
    expectTypeOf<ContextOf<"imagesUpload">["body"]>().toEqualTypeOf<ImageDownload>();
    expectTypeOf<ContextOf<"baremetalImagesCreate">["body"]>().toEqualTypeOf<ImageCreateFromVolume>();
    // A POST without a request body in the spec: the handler gets none.
    expectTypeOf<ContextOf<"tasksAcknowledge">["body"]>().toEqualTypeOf<undefined>();
    expectTypeOf<ContextOf<"tasksAcknowledgeAll">["body"]>().toEqualTypeOf<undefined>();
  });

  it("receive the generated path and query parameters", () => {
    expectTypeOf<ContextOf<"imagesGet">["path"]>().toEqualTypeOf<operations["imagesGet"]["parameters"]["path"]>();
    expectTypeOf<ContextOf<"imagesGet">["path"]>().toEqualTypeOf<{
      project_id: number;
      region_id: number;
      image_id: string;
    }>();
    expectTypeOf<ContextOf<"tasksGet">["path"]>().toEqualTypeOf<operations["tasksGet"]["parameters"]["path"]>();
    expectTypeOf<ContextOf<"resellerImagesDelete">["path"]>().toEqualTypeOf<
      operations["resellerImagesDelete"]["parameters"]["path"]
    >();
    expectTypeOf<ContextOf<"imagesList">["query"]>().toEqualTypeOf<
      NonNullable<operations["imagesList"]["parameters"]["query"]>
    >();
    expectTypeOf<ContextOf<"imagesList">["query"]["include_prices"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<ContextOf<"imageMetadataItemGet">["query"]>().toEqualTypeOf<
      operations["imageMetadataItemGet"]["parameters"]["query"]
    >();
    expectTypeOf<ContextOf<"sharedImagesGet">["query"]>().toEqualTypeOf<
      NonNullable<operations["sharedImagesGet"]["parameters"]["query"]>
    >();
    expectTypeOf<ContextOf<"resellerImagesDelete">["query"]>().toEqualTypeOf<
      NonNullable<operations["resellerImagesDelete"]["parameters"]["query"]>
    >();
    // Repeated query keys arrive as arrays.
    expectTypeOf<ContextOf<"tasksList">["query"]>().toEqualTypeOf<TaskListQuery>();
    expectTypeOf<ContextOf<"tasksList">["query"]["state"]>().toEqualTypeOf<
      ("NEW" | "RUNNING" | "FINISHED" | "ERROR")[] | undefined
    >();
    expectTypeOf<ContextOf<"tasksListActive">["query"]["task_type"]>().toEqualTypeOf<string[] | undefined>();
  });

  it("hold for every operation: each handler takes the spec-derived context of its own operation", () => {
    type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
    type Matches = { [Id in OperationId]: Same<ContextOf<Id>, OpContext<Id>> };
    expectTypeOf<Matches[OperationId]>().toEqualTypeOf<true>();
    type PathMatches = {
      [Id in OperationId]: operations[Id]["parameters"] extends { path: infer P }
        ? Same<ContextOf<Id>["path"], P>
        : true;
    };
    expectTypeOf<PathMatches[OperationId]>().toEqualTypeOf<true>();
    type BodyMatches = { [Id in OperationId]: Same<ContextOf<Id>["body"], JsonBody<Id>> };
    expectTypeOf<BodyMatches[OperationId]>().toEqualTypeOf<true>();
  });
});
