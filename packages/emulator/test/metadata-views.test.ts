// `metadata` (a map) and `metadata_detailed` (the items) are two views of one set of items: for any
// metadata write the emulator accepts, they agree with each other and with the metadata endpoint in
// a get, a list and a list with include_prices (whose path serializes in JavaScript, not SQLite),
// and hold exactly the keys and values that were sent. A write it cannot store exactly (NUL, an
// unpaired surrogate) is a 400 that changes nothing.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../src/index.js";
import { as, createImage, KEYS, newEmulator } from "./helpers.js";

type Entry = [string, string];
interface ImageBody {
  id: string;
  metadata: Record<string, string>;
  metadata_detailed: { key: string; value: string; read_only: boolean }[];
}

const AWKWARD = [
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "k\u0000",
  "\u0000",
  "\ud800",
  "x\udc00",
  "😀",
  "e\u0301",
  "1",
  "01",
  'a"b\\c',
  " ",
  "ü".repeat(130),
];
const text = fc.oneof(
  { arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 8 }), weight: 3 },
  { arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }), weight: 2 },
  { arbitrary: fc.constantFrom(...AWKWARD), weight: 2 },
);
const entries = fc.uniqueArray(fc.tuple(text, text), { selector: ([key]) => key, minLength: 1, maxLength: 4 });
const write = fc.record({ kind: fc.constantFrom("merge", "replace", "patch"), entries });

const sorted = (list: Entry[]) => [...list].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const storable = (s: string) =>
  !/\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
const fitsLimits = ([key, value]: Entry) =>
  Buffer.byteLength(key) <= 255 && Buffer.byteLength(value) <= 1024 && [...key].length <= 255;

/** The two views of one image agree, and the items are those of the metadata endpoint. */
function expectViewsAgree(image: ImageBody, items: ImageBody["metadata_detailed"], where: string): void {
  const fromMap = sorted(Object.entries(image.metadata));
  const fromItems = sorted(image.metadata_detailed.map((i): Entry => [i.key, i.value]));
  expect(fromMap, `${where}: metadata vs metadata_detailed`).toEqual(fromItems);
  expect(image.metadata_detailed, `${where}: metadata_detailed vs the metadata endpoint`).toEqual(items);
}

describe("metadata and metadata_detailed", () => {
  let em: Emulator;
  let imageId: string;
  beforeAll(async () => {
    em = newEmulator();
    ({ imageId } = await createImage(em, KEYS.alpha, 10, 1, "views-test"));
  });
  afterAll(() => em.close());

  it("agree in get, list and list with include_prices after any accepted write; an unstorable write is a 400", async () => {
    const alpha = as(em, KEYS.alpha);
    const path = `/v1/images/10/1/${imageId}`;
    await fc.assert(
      fc.asyncProperty(write, async ({ kind, entries: sent }) => {
        const before = (await alpha.get(`${path}/metadata`)).body.results;
        const json = JSON.stringify(Object.fromEntries(sent));
        const rawBody = kind === "patch" ? `{"metadata":${json}}` : json;
        const method = kind === "merge" ? "post" : kind === "replace" ? "put" : "patch";
        const target = kind === "patch" ? path : `${path}/metadata`;
        const reply = await alpha[method](target, undefined, {
          rawBody,
          headers: { "content-type": "application/json" },
        });
        const items = (await alpha.get(`${path}/metadata`)).body.results;
        const ordinary = sent.every(([k, v]) => storable(k) && storable(v) && fitsLimits([k, v]));
        if (reply.status >= 400) {
          expect(reply.status, JSON.stringify(reply.body)).toBe(400);
          expect(reply.body.exception_class).toBe("ValidationError");
          expect(ordinary, `an ordinary write was refused: ${JSON.stringify(reply.body)}`).toBe(false);
          expect(items).toEqual(before);
          return;
        }
        expect(
          sent.every(([k, v]) => storable(k) && storable(v)),
          "an unstorable write was accepted",
        ).toBe(true);
        const written = items
          .filter((i: { key: string }) => sent.some(([k]) => k === i.key))
          .map((i: { key: string; value: string }): Entry => [i.key, i.value]);
        expect(sorted(written)).toEqual(sorted(sent));
        for (const prices of [false, true]) {
          const query = prices ? "?include_prices=true" : "";
          expectViewsAgree((await alpha.get(`${path}${query}`)).body, items, `get${query}`);
          const listed = (await alpha.get(`/v1/images/10/1${query}`)).body.results.find(
            (i: ImageBody) => i.id === imageId,
          );
          expectViewsAgree(listed, items, `list${query}`);
        }
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    ["a key with NUL", '{"k\\u0000x":"v"}', "k\u0000x", "key must not contain NUL or unpaired surrogate characters"],
    ["a value with NUL", '{"k":"v\\u0000"}', "k", "value must not contain NUL or unpaired surrogate characters"],
    [
      "a key with a lone high surrogate",
      '{"k\\ud800":"v"}',
      "k\ud800",
      "key must not contain NUL or unpaired surrogate characters",
    ],
    [
      "a value with a lone low surrogate",
      '{"k":"\\udc00v"}',
      "k",
      "value must not contain NUL or unpaired surrogate characters",
    ],
  ])("refuses %s with the exact 400", async (_name, rawBody, field, message) => {
    const reply = await as(em, KEYS.alpha).post(`/v1/images/10/1/${imageId}/metadata`, undefined, {
      rawBody,
      headers: { "content-type": "application/json" },
    });
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({
      exception_class: "ValidationError",
      message: `Validation failed: ${field}: ${message}`,
      request_id: expect.stringMatching(/^[0-9a-f]{32}$/),
      invalid_fields: { [field]: [message] },
    });
  });

  it("round-trips a __proto__ key in both views, with and without include_prices", async () => {
    const alpha = as(em, KEYS.alpha);
    const path = `/v1/images/10/1/${imageId}`;
    expect(
      (
        await alpha.put(`${path}/metadata`, undefined, {
          rawBody: '{"__proto__":"p","constructor":"c"}',
          headers: { "content-type": "application/json" },
        })
      ).status,
    ).toBe(204);
    for (const url of [path, `${path}?include_prices=true`, "/v1/images/10/1", "/v1/images/10/1?include_prices=true"]) {
      const body = (await alpha.get(url)).body;
      const image: ImageBody = body.results ? body.results.find((i: ImageBody) => i.id === imageId) : body;
      expect(Object.hasOwn(image.metadata, "__proto__"), url).toBe(true);
      // biome-ignore lint/complexity/useLiteralKeys: `.__proto__` would read the prototype, not the key under test
      // biome-ignore lint/suspicious/noProto: the key named __proto__ is what this test stores and reads back
      expect(image.metadata["__proto__"], url).toBe("p");
      expect(image.metadata.constructor, url).toBe("c");
      expect(
        image.metadata_detailed.filter((i) => !i.read_only).map((i) => [i.key, i.value]),
        url,
      ).toEqual([
        ["__proto__", "p"],
        ["constructor", "c"],
      ]);
    }
  });
});
