import { specOperations } from "@imgctl/types/spec";
import { describe, expect, it } from "vitest";
import { WRITE_OPERATION } from "../src/engine/metadata-write.js";
import { imageUrl, matchWrite } from "../src/middleware/routes.js";

describe("metadata writes are recognised by the spec's operations", () => {
  it("every metadata-writing operation id is in the spec, and its method and path match it", () => {
    const path = { project_id: 10, region_id: 1, image_id: "i-1" };
    for (const id of Object.keys(WRITE_OPERATION)) {
      const op = specOperations.find((o) => o.operationId === id);
      expect(op, id).toBeDefined();
      expect(matchWrite(op!.method, op!.path, path)?.operationId).toBe(id);
    }
    expect(matchWrite("GET", "/v1/images/{project_id}/{region_id}/{image_id}/metadata", path)).toBeUndefined();
  });

  it("reads the image at the write's base URL, whatever prefix it has", () => {
    const url = imageUrl(
      "https://api.example/cloud/v1/images/10/1/i-1/metadata_item?key=a",
      "/v1/images/{project_id}/{region_id}/{image_id}/metadata_item",
      { project_id: 10, region_id: 1, image_id: "i-1" },
    );
    expect(url?.href).toBe("https://api.example/cloud/v1/images/10/1/i-1");
    expect(
      imageUrl("https://api.example/other", "/v1/images/{project_id}/{region_id}", { project_id: 10, region_id: 1 }),
    ).toBeUndefined();
  });
});
