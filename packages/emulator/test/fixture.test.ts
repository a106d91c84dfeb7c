// Fixtures: the demo (contract values), JSON and YAML files, objects; seeded into empty dbs only.
import { writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { createEmulator, demoFixture, demoKeys, type Fixture, readableProjects } from "../src/index.js";
import { as, tempDir } from "./helpers.js";

const tiny: Fixture = {
  regions: [{ id: 7, name: "Lab 7" }],
  clients: [{ id: 5, name: "Solo", resellerId: null }],
  projects: [{ id: 50, name: "solo", clientId: 5 }],
  apiKeys: [{ key: "k$solo", role: "client", entityId: 5 }],
  volumes: [
    {
      id: "44444444-0000-4000-8000-000000000001",
      projectId: 50,
      regionId: 7,
      name: "boot",
      bootable: true,
      sizeGib: 5,
    },
  ],
  images: [
    {
      id: "44444444-0000-4000-8000-0000000000aa",
      projectId: 50,
      regionId: 7,
      name: "solo-img",
      visibility: "private",
      osDistro: "alpine",
      osVersion: "3.20",
      metadata: { a: "1" },
    },
  ],
};

describe("fixtures", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it("the demo fixture has the contract's principals, keys, regions and images", () => {
    expect(demoFixture.regions).toEqual([
      { id: 1, name: "Luxembourg 1" },
      { id: 2, name: "Frankfurt 1" },
    ]);
    expect(demoFixture.apiKeys.map((k) => k.key)).toEqual([
      "imgctl-demo$admin",
      "imgctl-demo$reseller-acme",
      "imgctl-demo$reseller-zeta",
      "imgctl-demo$alpha",
      "imgctl-demo$beta",
      "imgctl-demo$gamma",
    ]);
    expect(demoFixture.projects.map((p) => [p.id, p.name, p.clientId])).toEqual([
      [1, "system", null],
      [10, "alpha-prod", 1001],
      [11, "alpha-dev", 1001],
      [20, "beta-main", 1002],
      [30, "gamma-main", 2001],
    ]);
    for (const p of demoFixture.projects) {
      for (const r of [1, 2])
        expect(
          demoFixture.volumes!.some((v) => v.projectId === p.id && v.regionId === r && v.bootable),
          `${p.id}/${r}`,
        ).toBe(true);
      expect(demoFixture.volumes!.some((v) => v.projectId === p.id && !v.bootable)).toBe(true);
    }
    const pub = demoFixture
      .images!.filter((i) => i.visibility === "public" && !i.isBaremetal)
      .map((i) => `${i.regionId}:${i.name}`);
    expect(pub).toEqual([
      "1:ubuntu-22.04-x64",
      "1:ubuntu-24.04-x64",
      "1:debian-12-x64",
      "1:windows-server-2022",
      "2:ubuntu-24.04-x64",
      "2:debian-12-x64",
    ]);
    const metal = demoFixture
      .images!.filter((i) => i.isBaremetal)
      .map((i) => `${i.visibility}:${i.regionId}:${i.name}`);
    expect(metal).toEqual([
      "public:1:ubuntu-22.04-x64-baremetal",
      "public:1:debian-12-x64-baremetal",
      "public:2:ubuntu-22.04-x64-baremetal",
      "private:1:alpha-bm-golden",
    ]);
  });

  it("loads JSON and YAML files and objects", async () => {
    const json = tmp.file("f.json");
    writeFileSync(json, JSON.stringify(tiny));
    const yamlFile = tmp.file("f.yaml");
    const { stringify } = await import("yaml");
    writeFileSync(yamlFile, stringify(tiny));
    for (const fixture of [json, yamlFile, tiny]) {
      const em = createEmulator({ fixture, validateResponses: true });
      const list = await as(em, "k$solo").get("/v1/images/50/7");
      expect(list.body.results.map((i: any) => [i.name, i.region, i.metadata])).toEqual([
        ["solo-img", "Lab 7", { a: "1" }],
      ]);
      expect((await as(em, "imgctl-demo$alpha").get("/v1/images/10/1")).status).toBe(401);
      await em.close();
    }
  });

  it("fixture 'none' gives an empty database; a bad fixture is a clear error", () => {
    expect(() => createEmulator({ fixture: { regions: "x" } as unknown as Fixture })).toThrow(
      /invalid fixture.*regions must be a list/,
    );
    const em = createEmulator({ fixture: "none" });
    return em.close();
  });

  it("is seeded only into an empty database", async () => {
    const db = tmp.file("seed-once.db");
    const first = createEmulator({ db, fixture: tiny });
    await first.close();
    const second = createEmulator({ db, fixture: "demo" });
    expect((await as(second, "k$solo").get("/v1/images/50/7")).status).toBe(200);
    expect((await as(second, "imgctl-demo$alpha").get("/v1/images/10/1")).status).toBe(401);
    await second.close();
  });
});

describe("readableProjects", () => {
  const projectsOf = (key: string) => readableProjects(demoFixture, demoFixture.apiKeys.find((k) => k.key === key)!);

  it("gives each demo key the projects the API lets it read", () => {
    expect(projectsOf(demoKeys.admin)).toEqual([1, 10, 11, 20, 30]);
    expect(projectsOf(demoKeys.resellerAcme)).toEqual([10, 11, 20]);
    expect(projectsOf(demoKeys.resellerZeta)).toEqual([30]);
    expect(projectsOf(demoKeys.alpha)).toEqual([10, 11]);
    expect(projectsOf(demoKeys.beta)).toEqual([20]);
    expect(projectsOf(demoKeys.gamma)).toEqual([30]);
  });

  it("agrees with what the emulator answers for every demo key and project", async () => {
    const em = createEmulator();
    try {
      for (const apiKey of demoFixture.apiKeys) {
        const readable = readableProjects(demoFixture, apiKey);
        for (const project of demoFixture.projects) {
          const status = (await as(em, apiKey.key).get(`/v1/images/${project.id}/1`)).status;
          expect(status, `${apiKey.key} project ${project.id}`).toBe(readable.includes(project.id) ? 200 : 404);
        }
      }
    } finally {
      await em.close();
    }
  });
});
