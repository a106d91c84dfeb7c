// A field named like a member of Object.prototype (`__proto__`, `constructor`, `toString`,
// `hasOwnProperty`, `valueOf`) is a field like any other: an invalid one gets the ordinary 400
// ValidationError naming it (it used to be a 500: messages were collected in a plain object
// used as a map), and nothing is written.
import { afterAll, describe, expect, it } from "vitest";
import { as, dbSignature, demoImageIds, demoVolumeId, KEYS, newEmulator, tempDir } from "./helpers.js";

const NAMES = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"] as const;
const IMG = `/v1/images/10/1/${demoImageIds.alphaWebGolden}`;

interface Case {
  endpoint: string;
  key: string;
  method: "post" | "put" | "patch";
  path: string;
  /** The raw JSON body with the field `name` in it (a JS object literal would set the prototype). */
  body: (name: string) => string;
  field: (name: string) => string;
  message: string;
}

const CASES: Case[] = [
  {
    endpoint: "create",
    key: KEYS.alpha,
    method: "post",
    path: "/v1/images/10/1",
    body: (n) => `{"name":"proto-test","volume_id":"${demoVolumeId(10, 1)}","${n}":1}`,
    field: (n) => n,
    message: "unknown field",
  },
  {
    endpoint: "create, in metadata",
    key: KEYS.alpha,
    method: "post",
    path: "/v1/images/10/1",
    body: (n) => `{"name":"proto-test","volume_id":"${demoVolumeId(10, 1)}","metadata":{"${n}":1}}`,
    field: (n) => `metadata.${n}`,
    message: "must be string",
  },
  {
    endpoint: "metadata merge",
    key: KEYS.alpha,
    method: "post",
    path: `${IMG}/metadata`,
    body: (n) => `{"${n}":1}`,
    field: (n) => n,
    message: "must be string",
  },
  {
    endpoint: "metadata replace",
    key: KEYS.alpha,
    method: "put",
    path: `${IMG}/metadata`,
    body: (n) => `{"${n}":1}`,
    field: (n) => n,
    message: "must be string",
  },
  {
    // Passes the schema (400 characters), fails the emulator's own UTF-8 byte limit (1,200 bytes).
    endpoint: "metadata merge, value over 1024 bytes",
    key: KEYS.alpha,
    method: "post",
    path: `${IMG}/metadata`,
    body: (n) => `{"${n}":"${"€".repeat(400)}"}`,
    field: (n) => n,
    message: "value is longer than 1024 bytes",
  },
  {
    endpoint: "image update (PATCH)",
    key: KEYS.alpha,
    method: "patch",
    path: IMG,
    body: (n) => `{"${n}":1}`,
    field: (n) => n,
    message: "unknown field",
  },
  {
    endpoint: "image update (PATCH), in metadata",
    key: KEYS.alpha,
    method: "patch",
    path: IMG,
    body: (n) => `{"metadata":{"${n}":1}}`,
    field: (n) => `metadata.${n}`,
    message: "must be string",
  },
  {
    endpoint: "shared image PUT",
    key: KEYS.admin,
    method: "put",
    path: "/v1/shared_image",
    body: (n) => `{"entity_type":"client","entity_id":1001,"region_id":1,"image_ids":null,"${n}":1}`,
    field: (n) => n,
    message: "unknown field",
  },
  {
    endpoint: "reseller image PUT",
    key: KEYS.admin,
    method: "put",
    path: "/v1/reseller_image",
    body: (n) => `{"reseller_id":100,"region_id":1,"image_ids":null,"${n}":1}`,
    field: (n) => n,
    message: "unknown field",
  },
];

describe("fields named like Object.prototype members", () => {
  const tmp = tempDir();
  const db = tmp.file("proto.db");
  const em = newEmulator({ db });
  const before = dbSignature(db);
  afterAll(async () => {
    await em.close();
    tmp.remove();
  });

  const rows = CASES.flatMap((c) => NAMES.map((name) => [c.endpoint, name, c] as const));
  it.each(rows)("%s with an invalid field %s: 400 ValidationError naming the field", async (_endpoint, name, c) => {
    const reply = await as(em, c.key)[c.method](c.path, undefined, {
      rawBody: c.body(name),
      headers: { "content-type": "application/json" },
    });
    const field = c.field(name);
    expect(reply.status).toBe(400);
    expect(Object.keys(reply.body)).toEqual(["exception_class", "message", "request_id", "invalid_fields"]);
    expect(reply.body.exception_class).toBe("ValidationError");
    expect(reply.body.message).toBe(`Validation failed: ${field}: ${c.message}`);
    expect(reply.body.request_id).toMatch(/^[0-9a-f]{32}$/);
    expect(Object.entries(reply.body.invalid_fields)).toEqual([[field, [c.message]]]);
  });

  it("changed nothing in the database", () => {
    expect(dbSignature(db)).toBe(before);
  });
});
