import { specOperations } from "@imgctl/types/spec";
import { afterAll, describe, expect, it } from "vitest";
import { handlers } from "../src/routes/index.js";
import { routes } from "../src/http/router.js";
import { as, KEYS, newEmulator } from "./helpers.js";

describe("every spec operation is served", () => {
  const em = newEmulator();
  afterAll(() => em.close());

  it("has a handler and a route for each operation", () => {
    expect(specOperations.length).toBe(25);
    for (const op of specOperations) {
      expect(handlers[op.operationId], op.operationId).toBeTypeOf("function");
      expect(routes.find((r) => r.operationId === op.operationId)?.method).toBe(op.method);
    }
  });

  it("answers each operation with something other than an unknown-route 404 or a 405", async () => {
    for (const op of specOperations) {
      const path = op.path
        .replace("{project_id}", "10")
        .replace("{region_id}", "1")
        .replace("{image_id}", "33333333-0000-4000-8000-000000000010")
        .replace("{task_id}", "d1b0f4a2-3c5e-4f6a-9b8c-7d6e5f4a3b21")
        .replace("{reseller_id}", "100");
      const response = await em.fetch(
        new Request(`http://x/cloud${path}`, { method: op.method, headers: { authorization: `APIKey ${KEYS.admin}` } }),
      );
      expect(response.status, `${op.operationId} ${response.status}`).not.toBe(405);
      const body = response.status === 204 || response.status === 200 ? null : await response.json();
      if (response.status === 404) expect(body.message, op.operationId).not.toMatch(/requested URL/);
    }
  });

  it("serves /health without auth", async () => {
    const response = await em.fetch(new Request("http://x/health"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("requires an API key", async () => {
    const missing = await as(em, null).get("/v1/images/10/1");
    expect(missing.status).toBe(401);
    expect(missing.body.exception_class).toBe("NotAuthenticated");
    const bad = await as(em, "imgctl-demo$nobody").get("/v1/images/10/1");
    expect(bad.status).toBe(401);
    expect(JSON.stringify(bad.body)).not.toContain("nobody");
  });
});
