// Glance-style isolation matrix: principals × private/public/shared images × operations,
// with exact counts and ids, and no trace of invisible images in any response.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, createImage, demoImageIds, KEYS, newEmulator } from "./helpers.js";

const PUBLIC_R1 = [
  demoImageIds.ubuntu2204r1,
  demoImageIds.ubuntu2404r1,
  demoImageIds.debian12r1,
  demoImageIds.windows2022r1,
];
const PRIVATE = demoImageIds.alphaWebGolden;
const PUB = demoImageIds.ubuntu2204r1;

describe("tenant isolation", () => {
  const em = newEmulator();
  let SHARED = "";
  let alphaTask = "";
  afterAll(() => em.close());

  beforeAll(async () => {
    const made = await createImage(em, KEYS.alpha, 10, 1, "alpha-shared", { team: "web" });
    SHARED = made.imageId;
    alphaTask = made.taskId;
    // Acme shares Alpha's image with all its clients and keeps the four public images.
    const set = await as(em, KEYS.resellerAcme).put("/v1/shared_image", {
      entity_type: "reseller",
      entity_id: 100,
      region_id: 1,
      image_ids: [...PUBLIC_R1, SHARED],
    });
    expect(set.status).toBe(200);
  });

  // viewer, key, project it acts in, expected ids by list filter
  const viewers = () => [
    {
      who: "alpha (owner)",
      key: KEYS.alpha,
      project: 10,
      all: [...PUBLIC_R1, PRIVATE, SHARED],
      private: [PRIVATE],
      shared: [SHARED],
      owned: [PRIVATE, SHARED],
    },
    {
      who: "beta (same reseller)",
      key: KEYS.beta,
      project: 20,
      all: [...PUBLIC_R1, SHARED],
      private: [],
      shared: [SHARED],
      owned: [],
    },
    {
      who: "gamma (other reseller)",
      key: KEYS.gamma,
      project: 30,
      all: [...PUBLIC_R1],
      private: [],
      shared: [],
      owned: [],
    },
    {
      who: "reseller acme in alpha-prod",
      key: KEYS.resellerAcme,
      project: 10,
      all: [...PUBLIC_R1, PRIVATE, SHARED],
      private: [PRIVATE],
      shared: [SHARED],
      owned: [PRIVATE, SHARED],
    },
    {
      who: "admin in beta-main",
      key: KEYS.admin,
      project: 20,
      all: [...PUBLIC_R1, SHARED],
      private: [],
      shared: [SHARED],
      owned: [],
    },
  ];

  it("lists exactly the visible images, per filter", async () => {
    for (const v of viewers()) {
      const api = as(em, v.key);
      const ids = async (q: string) => {
        const r = await api.get(`/v1/images/${v.project}/1${q}`);
        expect(r.status, `${v.who} ${q}`).toBe(200);
        expect(r.body.count, `${v.who} ${q} count`).toBe(r.body.results.length);
        return r.body.results.map((i: any) => i.id);
      };
      expect(await ids(""), v.who).toEqual(v.all);
      expect(await ids("?visibility=public"), v.who).toEqual(PUBLIC_R1);
      expect(await ids("?visibility=private"), v.who).toEqual(v.private);
      expect(await ids("?visibility=shared"), v.who).toEqual(v.shared);
      expect(await ids("?private"), v.who).toEqual(v.owned);
      const owned = await api.get(`/v1/projectimages/${v.project}/1`);
      expect(
        owned.body.results.map((i: any) => i.id),
        v.who,
      ).toEqual(v.owned);
    }
  });

  it("never mentions an invisible image in a list", async () => {
    const beta = await as(em, KEYS.beta).get("/v1/images/20/1");
    expect(JSON.stringify(beta.body)).not.toContain(PRIVATE);
    expect(JSON.stringify(beta.body)).not.toContain("alpha-web-golden");
    const gamma = await as(em, KEYS.gamma).get("/v1/images/30/1");
    expect(JSON.stringify(gamma.body)).not.toMatch(new RegExp(`${PRIVATE}|${SHARED}|alpha-`));
  });

  type Expect = Record<"private" | "shared" | "public", number>;
  const matrix = () =>
    [
      // who, key, project, get/metadata, update/merge/delete
      {
        who: "alpha",
        key: KEYS.alpha,
        project: 10,
        read: { private: 200, shared: 200, public: 200 },
        write: { private: 200, shared: 200, public: 403 },
      },
      {
        who: "beta",
        key: KEYS.beta,
        project: 20,
        read: { private: 404, shared: 200, public: 200 },
        write: { private: 404, shared: 403, public: 403 },
      },
      {
        who: "gamma",
        key: KEYS.gamma,
        project: 30,
        read: { private: 404, shared: 404, public: 200 },
        write: { private: 404, shared: 404, public: 403 },
      },
      {
        who: "acme",
        key: KEYS.resellerAcme,
        project: 10,
        read: { private: 200, shared: 200, public: 200 },
        write: { private: 403, shared: 403, public: 403 },
      },
      {
        who: "zeta",
        key: KEYS.resellerZeta,
        project: 30,
        read: { private: 404, shared: 404, public: 200 },
        write: { private: 404, shared: 404, public: 403 },
      },
    ] as { who: string; key: string; project: number; read: Expect; write: Expect }[];

  it("get, metadata, update, merge and delete follow the matrix", async () => {
    const images = { private: PRIVATE, shared: SHARED, public: PUB };
    for (const row of matrix()) {
      const api = as(em, row.key);
      for (const kind of ["private", "shared", "public"] as const) {
        const base = `/v1/images/${row.project}/1/${images[kind]}`;
        const label = `${row.who} ${kind}`;
        expect((await api.get(base)).status, `get ${label}`).toBe(row.read[kind]);
        expect((await api.get(`${base}/metadata`)).status, `metadata ${label}`).toBe(row.read[kind]);
        expect((await api.get(`${base}/metadata_item?key=os_distro`)).status, `item ${label}`).toBe(
          row.read[kind] === 200 && kind !== "public" ? 404 : row.read[kind],
        );
        // Writes that would succeed are only attempted by the owner (checked separately below).
        if (row.write[kind] === 200) continue;
        const patch = await api.patch(base, { name: "hijacked" });
        expect(patch.status, `patch ${label}`).toBe(row.write[kind]);
        expect((await api.post(`${base}/metadata`, { x: "1" })).status, `merge ${label}`).toBe(row.write[kind]);
        expect((await api.put(`${base}/metadata`, {})).status, `replace ${label}`).toBe(row.write[kind]);
        expect((await api.delete(`${base}/metadata_item?key=team`)).status, `item delete ${label}`).toBe(
          row.write[kind],
        );
        expect((await api.delete(base)).status, `delete ${label}`).toBe(row.write[kind]);
        if (row.write[kind] === 404) {
          // Indistinguishable from an image that does not exist.
          const ghost = await api.patch(`/v1/images/${row.project}/1/${randomUUID()}`, { name: "hijacked" });
          expect(patch.body.message.replace(images[kind], "ID")).toBe(
            ghost.body.message.replace(/[0-9a-f-]{36}/, "ID"),
          );
        }
      }
    }
    // Nothing changed by the refused writes.
    const shared = await as(em, KEYS.alpha).get(`/v1/images/10/1/${SHARED}`);
    expect(shared.body.name).toBe("alpha-shared");
    expect(shared.body.metadata).toMatchObject({ team: "web" });
    expect(shared.body.metadata.x).toBeUndefined();
  });

  it("the owner and the admin may change the owner's images", async () => {
    expect((await as(em, KEYS.alpha).post(`/v1/images/10/1/${PRIVATE}/metadata`, { checked: "yes" })).status).toBe(204);
    expect((await as(em, KEYS.admin).patch(`/v1/images/10/1/${PRIVATE}`, { ssh_key: "required" })).status).toBe(200);
  });

  it("projects of other tenants are 404, like projects that do not exist", async () => {
    const beta = await as(em, KEYS.beta).get("/v1/images/10/1");
    const none = await as(em, KEYS.beta).get("/v1/images/999/1");
    expect(beta.status).toBe(404);
    expect(none.status).toBe(404);
    expect(beta.body.message.replace("10", "N")).toBe(none.body.message.replace("999", "N"));
    expect((await as(em, KEYS.resellerZeta).get("/v1/images/10/1")).status).toBe(404);
    expect((await as(em, KEYS.resellerAcme).get("/v1/images/30/1")).status).toBe(404);
    expect((await as(em, KEYS.beta).post("/v1/images/10/1", { name: "x-image", volume_id: randomUUID() })).status).toBe(
      404,
    );
    expect(
      (await as(em, KEYS.resellerAcme).post("/v1/images/10/1", { name: "x-image", volume_id: randomUUID() })).status,
    ).toBe(403);
  });

  it("tasks are visible to the project's client, its reseller and the admin only", async () => {
    const status = async (key: string) => (await as(em, key).get(`/v1/tasks/${alphaTask}`)).status;
    expect(await status(KEYS.alpha)).toBe(200);
    expect(await status(KEYS.resellerAcme)).toBe(200);
    expect(await status(KEYS.admin)).toBe(200);
    expect(await status(KEYS.beta)).toBe(404);
    expect(await status(KEYS.gamma)).toBe(404);
    expect(await status(KEYS.resellerZeta)).toBe(404);
    const miss = await as(em, KEYS.beta).get(`/v1/tasks/${alphaTask}`);
    expect(JSON.stringify(miss.body)).not.toMatch(/alpha|project/i);
  });
});
