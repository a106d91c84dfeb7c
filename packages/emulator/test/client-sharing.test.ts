// A client key may read its own shared-image records but never change one. Whatever entity it
// names (itself, another client, a reseller, a project of another reseller, one that does not
// exist) it gets the same 403 saying who can share: not a 404 "Entity … not found", which read as
// if sharing were allowed for other entities, and nothing that tells the entities apart.
import { afterAll, describe, expect, it } from "vitest";
import { as, KEYS, newEmulator } from "./helpers.js";

const MESSAGE =
  "Only resellers and the admin can share images: a client key may read its own shared-image records but not change them";

describe("a client that tries to share", () => {
  const em = newEmulator();
  afterAll(() => em.close());
  const alpha = as(em, KEYS.alpha);

  const entities = [
    ["itself", "client", 1001],
    ["another client of its reseller", "client", 1002],
    ["a client of another reseller", "client", 2001],
    ["its reseller", "reseller", 100],
    ["its own project", "project", 10],
    ["a project of another reseller", "project", 30],
    ["a client that does not exist", "client", 424242],
  ] as const;

  it.each(entities)(
    "PUT naming %s: 403 saying only resellers and the admin can share",
    async (_name, entity_type, entity_id) => {
      const reply = await alpha.put("/v1/shared_image", { entity_type, entity_id, region_id: 1, image_ids: [] });
      expect(reply.status).toBe(403);
      expect(reply.body).toEqual({
        exception_class: "ForbiddenError",
        message: MESSAGE,
        request_id: expect.stringMatching(/^[0-9a-f]{32}$/),
      });
    },
  );

  it.each(entities)("DELETE naming %s: the same 403", async (_name, entity_type, entity_id) => {
    const reply = await alpha.delete(`/v1/shared_image?entity_type=${entity_type}&entity_id=${entity_id}&region_id=1`);
    expect(reply.status).toBe(403);
    expect(reply.body).toEqual({
      exception_class: "ForbiddenError",
      message: MESSAGE,
      request_id: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
  });

  it("DELETE of its own records (no entity named): the same 403", async () => {
    const reply = await alpha.delete("/v1/shared_image");
    expect(reply.status).toBe(403);
    expect(reply.body.message).toBe(MESSAGE);
  });

  it("still reads its own records and nobody else's", async () => {
    expect((await alpha.get("/v1/shared_image")).status).toBe(200);
    expect((await alpha.get("/v1/shared_image?entity_type=client&entity_id=1002")).status).toBe(404);
  });
});
