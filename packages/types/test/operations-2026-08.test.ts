import { describe, expect, it } from "vitest";
import { apiVersions, openapiDocuments, specOperations, specOperationsByVersion } from "../src/spec.js";

// The 2026-08 generation: the seed's operations without the shared-image and reseller-image ones (gone from the
// published API), under the same ids, paths and success statuses; the per-image tag operations are deprecated.
const expected = [
  ["imagesList", "GET", "/v1/images/{project_id}/{region_id}", 200],
  ["imagesCreate", "POST", "/v1/images/{project_id}/{region_id}", 200],
  ["imagesListOwned", "GET", "/v1/projectimages/{project_id}/{region_id}", 200],
  ["imagesGet", "GET", "/v1/images/{project_id}/{region_id}/{image_id}", 200],
  ["imagesUpdate", "PATCH", "/v1/images/{project_id}/{region_id}/{image_id}", 200],
  ["imagesDelete", "DELETE", "/v1/images/{project_id}/{region_id}/{image_id}", 200],
  ["imageMetadataList", "GET", "/v1/images/{project_id}/{region_id}/{image_id}/metadata", 200],
  ["imageMetadataMerge", "POST", "/v1/images/{project_id}/{region_id}/{image_id}/metadata", 204],
  ["imageMetadataReplace", "PUT", "/v1/images/{project_id}/{region_id}/{image_id}/metadata", 204],
  ["imageMetadataItemGet", "GET", "/v1/images/{project_id}/{region_id}/{image_id}/metadata_item", 200],
  ["imageMetadataItemDelete", "DELETE", "/v1/images/{project_id}/{region_id}/{image_id}/metadata_item", 204],
  ["tasksGet", "GET", "/v1/tasks/{task_id}", 200],
  ["imagesUpload", "POST", "/v1/downloadimage/{project_id}/{region_id}", 200],
  ["baremetalImagesList", "GET", "/v1/bmimages/{project_id}/{region_id}", 200],
  ["baremetalImagesCreate", "POST", "/v1/bmimages/{project_id}/{region_id}", 200],
  ["tasksList", "GET", "/v1/tasks", 200],
  ["tasksListActive", "GET", "/v1/tasks/{project_id}/{region_id}/active", 200],
  ["tasksAcknowledge", "POST", "/v1/tasks/{task_id}/acknowledge", 200],
  ["tasksAcknowledgeAll", "POST", "/v1/tasks/acknowledge_all", 204],
] as const;

const operations = specOperationsByVersion["2026-08"];

describe("the 2026-08 operations", () => {
  it("are the seed's operations without the shared-image and reseller-image ones", () => {
    const actual = operations.map((op) => [op.operationId, op.method, op.path, op.successStatus]);
    expect(actual).toHaveLength(19);
    expect(new Set(actual.map((row) => JSON.stringify(row)))).toEqual(
      new Set(expected.map((row) => JSON.stringify(row))),
    );
    const seed = new Set(specOperations.map((op) => op.operationId));
    expect(operations.every((op) => seed.has(op.operationId))).toBe(true);
  });

  it("mark exactly the per-image tag operations deprecated", () => {
    const deprecated = operations
      .filter((op) => op.deprecated)
      .map((op) => op.operationId)
      .sort();
    expect(deprecated).toEqual([
      "imageMetadataItemDelete",
      "imageMetadataItemGet",
      "imageMetadataList",
      "imageMetadataMerge",
      "imageMetadataReplace",
    ]);
  });
});

describe("generations", () => {
  it("are listed oldest first, each with its document and operations", () => {
    expect(apiVersions).toEqual(["2025-04", "2026-08"]);
    for (const version of apiVersions) {
      expect(openapiDocuments[version]["x-api-generation"]).toBe(version);
      expect(specOperationsByVersion[version].length).toBeGreaterThan(0);
    }
    // specOperations keeps meaning the seed generation.
    expect(specOperationsByVersion["2025-04"]).toBe(specOperations);
  });

  it("the 2026-08 document has no metadata fields in the image, and tags in the create, upload and update bodies", () => {
    const schemas = openapiDocuments["2026-08"].components.schemas as Record<
      string,
      { properties: Record<string, unknown>; required?: string[] }
    >;
    const image = schemas.Image!;
    expect(Object.keys(image.properties)).toHaveLength(33);
    expect(image.required).toHaveLength(33);
    for (const gone of ["metadata", "metadata_detailed", "internally_shared"])
      expect(image.properties).not.toHaveProperty(gone);
    const nullable = (schema: unknown): boolean => {
      const s = schema as { type?: unknown; oneOf?: unknown[]; anyOf?: unknown[] };
      return (
        (Array.isArray(s.type) && s.type.includes("null")) ||
        s.type === "null" ||
        [...(s.oneOf ?? []), ...(s.anyOf ?? [])].some(nullable)
      );
    };
    expect(
      Object.entries(image.properties)
        .filter(([, s]) => nullable(s))
        .map(([name]) => name)
        .sort(),
    ).toEqual([
      "creator_task_id",
      "currency_code",
      "description",
      "display_order",
      "gpu_driver",
      "gpu_driver_type",
      "gpu_driver_version",
      "hw_firmware_type",
      "hw_machine_type",
      "price_per_hour",
      "price_per_month",
      "price_status",
      "size",
      "ssh_key",
      "task_id",
    ]);
    for (const body of ["ImageCreateFromVolume", "ImageDownload", "ImageUpdate"]) {
      expect(schemas[body]!.properties).toHaveProperty("tags");
      expect(schemas[body]!.properties).not.toHaveProperty("metadata");
    }
  });
});
