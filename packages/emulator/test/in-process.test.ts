// The plain in-process entry (`handle`) answers exactly as `fetch` does: the same requests through
// both, on two emulators with the same data and clock, give the same status, headers and body
// (request ids aside, which count per process), faults included.
import { afterAll, describe, expect, it } from "vitest";
import { createEmulator, type Emulator, type FaultConfig, type PlainRequest } from "../src/index.js";
import { demoImageIds, demoVolumeId, KEYS } from "./helpers.js";

const BASE = "http://emulator.test/cloud";
const clock = () => Date.parse("2026-01-01T00:00:00Z");
const viaFetch = createEmulator({ clock, validateResponses: true });
const viaPlain = createEmulator({ clock, validateResponses: true });
afterAll(() => Promise.all([viaFetch.close(), viaPlain.close()]));

interface Seen {
  status: number;
  headers: Record<string, string>;
  body: string;
}

// Request ids differ by a per-process counter; every other byte must match.
const REQUEST_ID = /"request_id":"[^"]*"|^[0-9a-f]{32}$/g;
const normalize = (s: Seen): Seen => ({
  status: s.status,
  headers: Object.fromEntries(
    Object.entries(s.headers)
      .map(([k, v]) => [k.toLowerCase(), k.toLowerCase() === "x-request-id" ? "<id>" : v])
      .sort(),
  ),
  body: s.body.replace(REQUEST_ID, '"request_id":"<id>"'),
});

async function throughFetch(em: Emulator, r: PlainRequest): Promise<Seen> {
  const response = await em.fetch(new Request(r.url, { method: r.method, headers: r.headers, body: r.body }));
  return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
}

async function throughPlain(em: Emulator, r: PlainRequest): Promise<Seen> {
  const { status, headers, text } = await em.handle(r);
  return { status, headers, body: text };
}

/** Sends `r` through both entries and expects the same answer; returns it. */
async function same(r: PlainRequest): Promise<Seen> {
  const a = normalize(await throughFetch(viaFetch, r));
  const b = normalize(await throughPlain(viaPlain, r));
  expect(b).toEqual(a);
  return a;
}

const auth = (key: string = KEYS.alpha) => ({ authorization: `APIKey ${key}` });
const json = { ...auth(), "content-type": "application/json" };
const image = demoImageIds.alphaWebGolden;

describe("the plain entry answers as fetch does", () => {
  it("reads: a list, one image, health, HEAD", async () => {
    expect((await same({ method: "GET", url: `${BASE}/v1/images/10/1`, headers: auth() })).status).toBe(200);
    expect((await same({ method: "GET", url: `${BASE}/v1/images/10/1/${image}`, headers: auth() })).status).toBe(200);
    expect(
      (
        await same({
          method: "get",
          url: `${BASE}/v1/images/10/1?visibility=public&include_prices=true`,
          headers: auth(),
        })
      ).status,
    ).toBe(200);
    // An array parameter, repeated and comma-separated.
    expect(
      (
        await same({
          method: "GET",
          url: `${BASE}/v1/tasks?project_id=10&state=NEW&state=FINISHED,RUNNING`,
          headers: auth(),
        })
      ).status,
    ).toBe(200);
    expect((await same({ method: "GET", url: "http://emulator.test/health", headers: {} })).status).toBe(200);
    const head = await same({ method: "HEAD", url: `${BASE}/v1/images/10/1`, headers: auth() });
    expect([head.status, head.body]).toEqual([200, ""]);
  });

  it("errors: 404 image, 404 route, 405, 401, 400 query, 400 body, 415, 413", async () => {
    const cases: Array<[number, PlainRequest]> = [
      [404, { method: "GET", url: `${BASE}/v1/images/10/1/${demoVolumeId(10, 1)}`, headers: auth() }],
      [404, { method: "GET", url: `${BASE}/v1/no-such-route`, headers: auth() }],
      [405, { method: "PUT", url: `${BASE}/v1/images/10/1`, headers: json, body: "{}" }],
      [401, { method: "GET", url: `${BASE}/v1/images/10/1`, headers: {} }],
      [400, { method: "GET", url: `${BASE}/v1/images/10/1?visibility=nope`, headers: auth() }],
      [400, { method: "PATCH", url: `${BASE}/v1/images/10/1/${image}`, headers: json, body: '{"name": ' }],
      [400, { method: "PATCH", url: `${BASE}/v1/images/10/1/${image}`, headers: json, body: '{"unknown_field": 1}' }],
      [415, { method: "PATCH", url: `${BASE}/v1/images/10/1/${image}`, headers: auth(), body: '{"name":"x"}' }],
      [
        413,
        {
          method: "PATCH",
          url: `${BASE}/v1/images/10/1/${image}`,
          headers: json,
          body: `{"name":"${"x".repeat(1 << 20)}"}`,
        },
      ],
    ];
    for (const [status, r] of cases) {
      const seen = await same(r);
      expect(seen.status, `${r.method} ${r.url}`).toBe(status);
    }
  });

  it("writes: the same change, the same answer and state", async () => {
    const patch = await same({
      method: "PATCH",
      url: `${BASE}/v1/images/10/1/${image}`,
      headers: json,
      body: JSON.stringify({ name: "renamed" }),
    });
    expect(patch.status).toBe(200);
    expect(JSON.parse(patch.body).name).toBe("renamed");
    expect((await same({ method: "GET", url: `${BASE}/v1/images/10/1/${image}`, headers: auth() })).body).toContain(
      '"renamed"',
    );
  });

  it("faults: an injected status with its headers, an after-handler fault by path, a dropped connection", async () => {
    const faults: FaultConfig = {
      rules: [
        { operationId: "imagesList", status: 429, retryAfter: 2, retryAfterMs: 250, shouldRetry: true, times: 1 },
      ],
    };
    viaFetch.setFaults(faults);
    viaPlain.setFaults(faults);
    const list = { method: "GET", url: `${BASE}/v1/images/10/1`, headers: auth() };
    const injected = await same(list);
    expect(injected.status).toBe(429);
    expect(injected.headers).toMatchObject({ "retry-after": "2", "retry-after-ms": "250", "x-should-retry": "true" });
    expect((await same(list)).status).toBe(200);

    const after: FaultConfig = {
      rules: [{ method: "PATCH", path: "^/cloud/v1/images/", status: 503, afterHandler: true, times: 1 }],
    };
    viaFetch.setFaults(after);
    viaPlain.setFaults(after);
    expect(
      (
        await same({
          method: "PATCH",
          url: `${BASE}/v1/images/10/1/${image}`,
          headers: json,
          body: '{"name":"after-fault"}',
        })
      ).status,
    ).toBe(503);
    expect((await same({ method: "GET", url: `${BASE}/v1/images/10/1/${image}`, headers: auth() })).body).toContain(
      '"after-fault"',
    );

    const drop: FaultConfig = { rules: [{ operationId: "imagesGet", drop: true, times: 1 }] };
    viaFetch.setFaults(drop);
    viaPlain.setFaults(drop);
    const get = { method: "GET", url: `${BASE}/v1/images/10/1/${image}`, headers: auth() };
    const fetchFailure = await throughFetch(viaFetch, get).catch((e: unknown) => e);
    const plainFailure = await throughPlain(viaPlain, get).catch((e: unknown) => e);
    expect(fetchFailure).toBeInstanceOf(TypeError);
    expect(plainFailure).toBeInstanceOf(TypeError);
    expect([(plainFailure as Error).message, String((plainFailure as Error).cause)]).toEqual([
      (fetchFailure as Error).message,
      String((fetchFailure as Error).cause),
    ]);
    viaFetch.setFaults(undefined);
    viaPlain.setFaults(undefined);
  });

  it("a closed emulator rejects both ways alike", async () => {
    const em = createEmulator();
    await em.close();
    const r = { method: "GET", url: `${BASE}/v1/images/10/1`, headers: auth() };
    const a = await throughFetch(em, r).catch((e: Error) => e);
    const b = await throughPlain(em, r).catch((e: Error) => e);
    expect(b).toBeInstanceOf(TypeError);
    expect(String((b as Error).cause)).toBe(String((a as Error).cause));
  });
});

describe("the plain entry answers as fetch does in 2026-08", () => {
  const fetch2026 = createEmulator({ clock, validateResponses: true, apiVersion: "2026-08" });
  const plain2026 = createEmulator({ clock, validateResponses: true, apiVersion: "2026-08" });
  afterAll(() => Promise.all([fetch2026.close(), plain2026.close()]));
  const same2026 = async (r: PlainRequest): Promise<Seen> => {
    const a = normalize(await throughFetch(fetch2026, r));
    const b = normalize(await throughPlain(plain2026, r));
    expect(b).toEqual(a);
    return a;
  };

  it("reads, filters and pages, a merge patch, errors, an unknown route and an injected fault", async () => {
    const cases: Array<[number, PlainRequest]> = [
      [
        200,
        { method: "GET", url: `${BASE}/v1/images/10/1?limit=2&offset=1&tag_key=os_distro,os_version`, headers: auth() },
      ],
      [200, { method: "GET", url: `${BASE}/v1/images/10/1/${image}?include_prices=true`, headers: auth() }],
      [
        200,
        {
          method: "PATCH",
          url: `${BASE}/v1/images/10/1/${image}`,
          headers: json,
          body: JSON.stringify({ tags: { env: null, stage: "beta" } }),
        },
      ],
      [
        403,
        {
          method: "PATCH",
          url: `${BASE}/v1/images/10/1/${image}`,
          headers: json,
          body: JSON.stringify({ tags: { image_source: null } }),
        },
      ],
      [400, { method: "GET", url: `${BASE}/v1/images/10/1?tag_key_value=nope`, headers: auth() }],
      [404, { method: "GET", url: `${BASE}/v1/shared_images/10/1`, headers: auth() }],
    ];
    for (const [status, r] of cases) {
      const seen = await same2026(r);
      expect(seen.status, `${r.method} ${r.url}`).toBe(status);
      expect(seen.headers["x-imgctl-api-version"]).toBe("2026-08");
    }
    const faults: FaultConfig = { rules: [{ operationId: "imagesGet", status: 503, times: 1 }] };
    fetch2026.setFaults(faults);
    plain2026.setFaults(faults);
    const injected = await same2026({ method: "GET", url: `${BASE}/v1/images/10/1/${image}`, headers: auth() });
    expect([injected.status, injected.headers["x-imgctl-api-version"]]).toEqual([503, "2026-08"]);
  });
});
