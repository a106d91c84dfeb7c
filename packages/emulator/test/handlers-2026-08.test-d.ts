// The 2026-08 handler table is typed from the 2026-08 spec types, as the seed's is from the seed's:
// each handler's path, query and body ARE `operations[Id]`'s of `@imgctl/types/2026-08`.
import type {
  ImageCreateFromVolume,
  ImageDownload,
  ImageUpdate,
  OperationId,
  TagMap,
  operations,
} from "@imgctl/types/2026-08";
import { describe, expectTypeOf, it } from "vitest";
import type { OpContext } from "../src/http/operation-2026-08.js";
import type { handlers2026 } from "../src/routes/2026-08/index.js";

type Handlers = typeof handlers2026;
type ContextOf<Id extends OperationId> = Parameters<Handlers[Id]>[0];
type JsonBody<Id extends OperationId> = [NonNullable<operations[Id]["requestBody"]>] extends [never]
  ? undefined
  : NonNullable<operations[Id]["requestBody"]> extends { content: { "application/json": infer B } }
    ? B
    : never;

describe("the 2026-08 handlers", () => {
  it("are keyed by every 2026-08 OperationId, and only those (no shared-image or reseller-image ones)", () => {
    expectTypeOf<keyof Handlers>().toEqualTypeOf<OperationId>();
    expectTypeOf<"sharedImagesGet" extends keyof Handlers ? true : false>().toEqualTypeOf<false>();
  });

  it("receive the 2026-08 request bodies and parameters", () => {
    expectTypeOf<ContextOf<"imagesCreate">["body"]>().toEqualTypeOf<ImageCreateFromVolume>();
    expectTypeOf<ContextOf<"imagesUpdate">["body"]>().toEqualTypeOf<ImageUpdate>();
    expectTypeOf<ContextOf<"imagesUpdate">["body"]["tags"]>().toEqualTypeOf<
      { [key: string]: string | null } | null | undefined
    >();
    expectTypeOf<ContextOf<"imageMetadataMerge">["body"]>().toEqualTypeOf<TagMap>();
    expectTypeOf<ContextOf<"imagesUpload">["body"]>().toEqualTypeOf<ImageDownload>();
    expectTypeOf<ContextOf<"imagesList">["query"]>().toEqualTypeOf<
      NonNullable<operations["imagesList"]["parameters"]["query"]>
    >();
    expectTypeOf<ContextOf<"imagesList">["query"]["tag_key"]>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<ContextOf<"imagesGet">["query"]>().toEqualTypeOf<
      NonNullable<operations["imagesGet"]["parameters"]["query"]>
    >();
  });

  it("hold for every operation: each handler takes the spec-derived context of its own operation", () => {
    type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
    type Matches = { [Id in OperationId]: Same<ContextOf<Id>, OpContext<Id>> };
    expectTypeOf<Matches[OperationId]>().toEqualTypeOf<true>();
    type BodyMatches = { [Id in OperationId]: Same<ContextOf<Id>["body"], JsonBody<Id>> };
    expectTypeOf<BodyMatches[OperationId]>().toEqualTypeOf<true>();
  });
});
