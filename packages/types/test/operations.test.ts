import { describe, expect, it } from "vitest";
import { specOperations } from "../src/spec.js";

// The outline's 17 operations, the task GET, and the rest of the Images section (upload from a URL,
// bare-metal images, task list/active/acknowledge): id, method, path and success status.
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
  ["resellerImagesGet", "GET", "/v1/reseller_image/{reseller_id}", 200],
  ["resellerImagesSet", "PUT", "/v1/reseller_image", 200],
  ["resellerImagesDelete", "DELETE", "/v1/reseller_image/{reseller_id}", 200],
  ["sharedImagesGet", "GET", "/v1/shared_image", 200],
  ["sharedImagesSet", "PUT", "/v1/shared_image", 200],
  ["sharedImagesDelete", "DELETE", "/v1/shared_image", 204],
  ["tasksGet", "GET", "/v1/tasks/{task_id}", 200],
  ["imagesUpload", "POST", "/v1/downloadimage/{project_id}/{region_id}", 200],
  ["baremetalImagesList", "GET", "/v1/bmimages/{project_id}/{region_id}", 200],
  ["baremetalImagesCreate", "POST", "/v1/bmimages/{project_id}/{region_id}", 200],
  ["tasksList", "GET", "/v1/tasks", 200],
  ["tasksListActive", "GET", "/v1/tasks/{project_id}/{region_id}/active", 200],
  ["tasksAcknowledge", "POST", "/v1/tasks/{task_id}/acknowledge", 200],
  ["tasksAcknowledgeAll", "POST", "/v1/tasks/acknowledge_all", 204],
] as const;

describe("spec operations", () => {
  it("holds exactly the outline's 17 operations, the task GET and the 7 added with upload, bare metal and the task list", () => {
    const actual = specOperations.map((op) => [op.operationId, op.method, op.path, op.successStatus]);
    expect(actual).toHaveLength(25);
    expect(new Set(actual.map((row) => JSON.stringify(row)))).toEqual(
      new Set(expected.map((row) => JSON.stringify(row))),
    );
  });

  it("marks exactly the reseller-image operations deprecated", () => {
    const deprecated = specOperations
      .filter((op) => op.deprecated)
      .map((op) => op.operationId)
      .sort();
    expect(deprecated).toEqual(["resellerImagesDelete", "resellerImagesGet", "resellerImagesSet"]);
  });

  it("names operations with one scheme: camelCase resource then verb", () => {
    for (const op of specOperations)
      expect(op.operationId).toMatch(
        /^(images|baremetalImages|imageMetadata(Item)?|sharedImages|resellerImages|tasks)(List|ListOwned|ListActive|Get|Create|Upload|Update|Delete|Merge|Replace|Set|Acknowledge|AcknowledgeAll)$/,
      );
  });
});
