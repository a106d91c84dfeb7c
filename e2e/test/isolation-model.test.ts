// Tenant isolation over the demo fixture, checked against an independent model: principals ×
// shared-image settings (absent / null / [] / a list, at reseller, client and project level) ×
// operations (image and bare-metal lists with filters, get, metadata, update, delete, tasks: get,
// list, active, acknowledge). Zero leaks, exact counts. Both API generations: in 2026-08, which has
// no shared-image endpoints, a 2025-04 emulator on the same database writes the records and the
// 2026-08 one is checked (one store, two wire shapes).
import fc from "fast-check";
import { createEmulator, demoFixture, demoKeys, demoVolumeId, type Emulator } from "@imgctl/emulator";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ApiVersion } from "@imgctl/types/spec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asKey, send, type RequestSpec } from "../lib/http.js";
import {
  VisibilityModel,
  type EntityKey,
  type ModelImage,
  type ModelProject,
  type ShareRecord,
} from "../lib/visibility-model.js";

const RUNS = Math.round(40 * Number(process.env.IMGCTL_FUZZ_RUNS ?? "1"));

const resellerOf = new Map((demoFixture.clients ?? []).map((c) => [c.id, c.resellerId]));
const project = (id: number): ModelProject => {
  const p = demoFixture.projects.find((x) => x.id === id)!;
  return { id, clientId: p.clientId, resellerId: p.clientId === null ? null : (resellerOf.get(p.clientId) ?? null) };
};

/** Who reads which project: the owning client, its reseller and the admin see the project's view. */
const VIEWERS: Array<{ name: string; key: string; projectId: number }> = [
  { name: "alpha@10", key: demoKeys.alpha, projectId: 10 },
  { name: "alpha@11", key: demoKeys.alpha, projectId: 11 },
  { name: "beta@20", key: demoKeys.beta, projectId: 20 },
  { name: "gamma@30", key: demoKeys.gamma, projectId: 30 },
  { name: "acme-reseller@20", key: demoKeys.resellerAcme, projectId: 20 },
  { name: "admin@20", key: demoKeys.admin, projectId: 20 },
];
const CHANGERS = new Set<string>([demoKeys.alpha, demoKeys.beta, demoKeys.gamma]);

/** Every key of the demo, with the user id that acknowledges (the client's id; 1 for the admin). */
const PRINCIPALS = [
  { name: "admin", key: demoKeys.admin, userId: 1 },
  { name: "acme-reseller", key: demoKeys.resellerAcme, userId: 100 },
  { name: "zeta-reseller", key: demoKeys.resellerZeta, userId: 200 },
  { name: "alpha", key: demoKeys.alpha, userId: 1001 },
  { name: "beta", key: demoKeys.beta, userId: 1002 },
  { name: "gamma", key: demoKeys.gamma, userId: 2001 },
];

/** Who reads a project, from the fixture's owners: the admin all, a client its own, a reseller its clients'. */
function readsProject(key: string, projectId: number): boolean {
  const apiKey = demoFixture.apiKeys.find((k) => k.key === key)!;
  const p = project(projectId);
  if (apiKey.role === "admin") return true;
  if (apiKey.role === "client") return p.clientId === apiKey.entityId;
  return p.resellerId === apiKey.entityId;
}

function isolation(version: ApiVersion): void {
  let emulator: Emulator;
  /** Writes the shared-image records: the emulator itself in 2025-04, a 2025-04 one on the same database in 2026-08. */
  let recordWriter: Emulator;
  let model: VisibilityModel;
  let extraImage: ModelImage;
  let uploadedImage: ModelImage;
  const dir = version === "2025-04" ? undefined : mkdtempSync(join(tmpdir(), "imgctl-isolation-"));

  async function call(spec: RequestSpec) {
    return send(emulator.fetch, spec);
  }

  beforeAll(async () => {
    const db = dir ? join(dir, "isolation.db") : ":memory:";
    emulator = createEmulator({ db, fixture: "demo", tasks: { mode: "immediate" }, apiVersion: version });
    recordWriter = dir ? createEmulator({ db, fixture: "demo", tasks: { mode: "immediate" } }) : emulator;
    // One more project image, in alpha-dev, so a list can share an image of another project of the same client.
    const created = await call(
      asKey(demoKeys.alpha, "POST", "/v1/images/11/1", { name: "alpha-dev-tools", volume_id: demoVolumeId(11, 1) }),
    );
    const task = await call(
      asKey(demoKeys.alpha, "GET", `/v1/tasks/${(created.body as { tasks: string[] }).tasks[0]}`),
    );
    const id = (task.body as { created_resources: { images: string[] } }).created_resources.images[0]!;
    extraImage = { id, name: "alpha-dev-tools", projectId: 11, regionId: 1, isPublic: false, isBaremetal: false };
    // An uploaded image follows the rules of created ones (private to its project, shareable).
    const uploaded = await call(
      asKey(demoKeys.alpha, "POST", "/v1/downloadimage/10/1", {
        name: "alpha-uploaded",
        url: "https://images.example.com/alpha.img",
      }),
    );
    const uploadTask = await call(
      asKey(demoKeys.alpha, "GET", `/v1/tasks/${(uploaded.body as { tasks: string[] }).tasks[0]}`),
    );
    const uploadedId = (uploadTask.body as { created_resources: { images: string[] } }).created_resources.images[0]!;
    uploadedImage = {
      id: uploadedId,
      name: "alpha-uploaded",
      projectId: 10,
      regionId: 1,
      isPublic: false,
      isBaremetal: false,
    };
    model = new VisibilityModel([
      ...(demoFixture.images ?? []).map((i) => ({
        id: i.id,
        name: i.name,
        projectId: i.projectId,
        regionId: i.regionId,
        isPublic: i.visibility === "public",
        isBaremetal: i.isBaremetal === true,
      })),
      extraImage,
      uploadedImage,
    ]);
  });

  afterAll(async () => {
    await emulator.close();
    if (recordWriter !== emulator) await recordWriter.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const ENTITIES: Array<{ type: "reseller" | "client" | "project"; id: number }> = [
    { type: "reseller", id: 100 },
    { type: "client", id: 1002 },
    { type: "project", id: 20 },
    { type: "client", id: 1001 },
  ];

  function recordArb(): fc.Arbitrary<ShareRecord | "absent"> {
    const shareable = model.images.filter(
      (i) => i.regionId === 1 && (i.isPublic || (i.projectId !== 20 && i.projectId !== 30 && i.projectId !== 1)),
    );
    return fc.oneof(
      fc.constant("absent" as const),
      fc.constant(null),
      fc.constant([] as string[]),
      fc.subarray(
        shareable.map((i) => i.id),
        { minLength: 1 },
      ),
    );
  }

  async function applyScenario(records: Array<ShareRecord | "absent">): Promise<void> {
    model.records.clear();
    for (const [i, entity] of ENTITIES.entries()) {
      const query = { entity_type: entity.type, entity_id: String(entity.id), region_id: "1" };
      const del = await send(recordWriter.fetch, asKey(demoKeys.admin, "DELETE", "/v1/shared_image", undefined, query));
      expect([204, 404]).toContain(del.status);
      const record = records[i]!;
      if (record === "absent") continue;
      const put = await send(
        recordWriter.fetch,
        asKey(demoKeys.admin, "PUT", "/v1/shared_image", {
          entity_type: entity.type,
          entity_id: entity.id,
          region_id: 1,
          image_ids: record,
        }),
      );
      expect(put.status, put.text).toBe(200);
      model.records.set(`${entity.type}:${entity.id}:1` as EntityKey, record);
    }
  }

  async function checkViewer(viewer: (typeof VIEWERS)[number]): Promise<void> {
    const p = project(viewer.projectId);
    const expected = model.visible(p, 1);
    const expectedIds = expected.map((i) => i.id).sort();
    const hidden = model.images.filter((i) => !expectedIds.includes(i.id));

    // /v1/images lists the images that are not bare metal, /v1/bmimages the bare-metal ones: same rules.
    for (const [path, baremetal] of [
      ["images", false],
      ["bmimages", true],
    ] as const) {
      const listed = expected.filter((i) => i.isBaremetal === baremetal);
      const listedIds = listed.map((i) => i.id).sort();
      const list = await call(asKey(viewer.key, "GET", `/v1/${path}/${p.id}/1`));
      expect(list.status).toBe(200);
      const body = list.body as { count: number; results: Array<{ id: string; visibility: string }> };
      expect(body.results.map((i) => i.id).sort(), `${viewer.name} ${path} list`).toEqual(listedIds);
      expect(body.count).toBe(listedIds.length);
      for (const image of body.results)
        expect(image.visibility).toBe(model.visibilityOf(model.images.find((i) => i.id === image.id)!));
      for (const image of hidden) {
        expect(list.text, `${viewer.name} ${path} list leaks ${image.name}`).not.toContain(image.id);
      }
      for (const visibility of ["public", "private", "shared"] as const) {
        const filtered = await call(asKey(viewer.key, "GET", `/v1/${path}/${p.id}/1`, undefined, { visibility }));
        const want = listed
          .filter((i) => model.visibilityOf(i) === visibility)
          .map((i) => i.id)
          .sort();
        expect(
          (filtered.body as { results: Array<{ id: string }> }).results.map((i) => i.id).sort(),
          `${viewer.name} ${path} visibility=${visibility}`,
        ).toEqual(want);
      }
    }
    const owned = await call(asKey(viewer.key, "GET", `/v1/projectimages/${p.id}/1`));
    expect((owned.body as { count: number }).count).toBe(
      model.images.filter((i) => i.projectId === p.id && i.regionId === 1 && !i.isBaremetal).length,
    );

    for (const image of model.images.filter((i) => i.regionId === 1)) {
      const isVisible = expectedIds.includes(image.id);
      const get = await call(asKey(viewer.key, "GET", `/v1/images/${p.id}/1/${image.id}`));
      expect(get.status, `${viewer.name} GET ${image.name}`).toBe(isVisible ? 200 : 404);
      const meta = await call(asKey(viewer.key, "GET", `/v1/images/${p.id}/1/${image.id}/metadata`));
      expect(meta.status, `${viewer.name} GET metadata ${image.name}`).toBe(isVisible ? 200 : 404);
      if (!isVisible) {
        expect(get.text).not.toContain(image.name);
        expect(meta.text).not.toContain(image.name);
      }
      if (!CHANGERS.has(viewer.key) || image.projectId === p.id) continue;
      // Changes to images the viewer does not own: 403 when visible, 404 when not; nothing changes.
      const want = isVisible ? 403 : 404;
      const merge = await call(asKey(viewer.key, "POST", `/v1/images/${p.id}/1/${image.id}/metadata`, { probe: "x" }));
      expect(merge.status, `${viewer.name} merge ${image.name}`).toBe(want);
      const change =
        version === "2025-04" ? { name: "renamed-by-another" } : { name: "renamed-by-another", tags: { probe: "x" } };
      const patch = await call(asKey(viewer.key, "PATCH", `/v1/images/${p.id}/1/${image.id}`, change));
      expect(patch.status, `${viewer.name} patch ${image.name}`).toBe(want);
      const del = await call(asKey(viewer.key, "DELETE", `/v1/images/${p.id}/1/${image.id}`));
      expect(del.status, `${viewer.name} delete ${image.name}`).toBe(want);
    }
  }

  describe(`isolation against an independent model (${version})`, () => {
    it(`holds for ${RUNS} generated shared-image settings × ${VIEWERS.length} viewers`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.tuple(...ENTITIES.map(() => recordArb())), async (records) => {
          await applyScenario(records);
          for (const viewer of VIEWERS) await checkViewer(viewer);
        }),
        { numRuns: RUNS },
      );
      // Nothing the refused writes tried is anywhere.
      const admin = await call(asKey(demoKeys.admin, "GET", "/v1/images/10/1"));
      expect(admin.text).not.toContain("renamed-by-another");
      expect(admin.text).not.toContain('"probe"');
    });

    it("keeps a client out of projects that are not its own, and the reseller out of other resellers' clients", async () => {
      for (const [key, projectId] of [
        [demoKeys.beta, 10],
        [demoKeys.gamma, 20],
        [demoKeys.alpha, 30],
        [demoKeys.resellerZeta, 10],
        [demoKeys.resellerAcme, 30],
      ] as const) {
        const list = await call(asKey(key, "GET", `/v1/images/${projectId}/1`));
        expect(list.status, `${key} list project ${projectId}`).toBe(404);
        expect(list.text).not.toContain("alpha-web-golden");
      }
    });

    it("lists, shows and acknowledges a task only for principals that may access its project", async () => {
      const made = new Map<string, number>(); // task id → project
      for (const [key, projectId] of [
        [demoKeys.alpha, 10],
        [demoKeys.alpha, 11],
        [demoKeys.beta, 20],
        [demoKeys.gamma, 30],
      ] as const) {
        const created = await call(
          asKey(key, "POST", `/v1/images/${projectId}/1`, {
            name: `tasks-probe-${projectId}`,
            volume_id: demoVolumeId(projectId, 1),
          }),
        );
        made.set((created.body as { tasks: string[] }).tasks[0]!, projectId);
        const uploaded = await call(
          asKey(key, "POST", `/v1/downloadimage/${projectId}/1`, {
            name: `upload-probe-${projectId}`,
            url: "https://example.com/p.img",
          }),
        );
        made.set((uploaded.body as { tasks: string[] }).tasks[0]!, projectId);
      }
      for (const principal of PRINCIPALS) {
        const mayRead = (projectId: number) => readsProject(principal.key, projectId);
        const list = await call(asKey(principal.key, "GET", "/v1/tasks", undefined, { limit: "1000" }));
        expect(list.status).toBe(200);
        const listed = (list.body as { count: number; results: Array<{ id: string; project_id: number }> }).results;
        for (const task of listed)
          expect(mayRead(task.project_id), `${principal.name} lists a task of project ${task.project_id}`).toBe(true);
        for (const [taskId, projectId] of made) {
          expect(
            listed.some((t) => t.id === taskId),
            `${principal.name} lists task of ${projectId}`,
          ).toBe(mayRead(projectId));
          const get = await call(asKey(principal.key, "GET", `/v1/tasks/${taskId}`));
          expect(get.status, `${principal.name} GET task of ${projectId}`).toBe(mayRead(projectId) ? 200 : 404);
        }
        for (const projectId of [10, 20, 30]) {
          const active = await call(asKey(principal.key, "GET", `/v1/tasks/${projectId}/1/active`));
          expect(active.status, `${principal.name} active of ${projectId}`).toBe(mayRead(projectId) ? 200 : 404);
        }
      }
      // Acknowledge: 404 where the task is hidden, 403 for a reseller that may only read, else 200; by others first.
      for (const [taskId, projectId] of made) {
        for (const principal of PRINCIPALS.filter((x) => x.key !== demoKeys.admin)) {
          const ack = await call(asKey(principal.key, "POST", `/v1/tasks/${taskId}/acknowledge`));
          const want = !readsProject(principal.key, projectId) ? 404 : principal.key.includes("reseller") ? 403 : 200;
          expect(ack.status, `${principal.name} acknowledges a task of ${projectId}`).toBe(want);
          if (want === 200) expect((ack.body as { acknowledged_by: number }).acknowledged_by).toBe(principal.userId);
          if (want === 404) expect(ack.text).not.toContain(`probe-${projectId}`);
        }
      }
    });

    it("shows a task only to principals that may access its project", async () => {
      const created = await call(
        asKey(demoKeys.alpha, "POST", "/v1/images/10/1", {
          name: "isolation-task-probe",
          volume_id: demoVolumeId(10, 1),
        }),
      );
      const taskId = (created.body as { tasks: string[] }).tasks[0]!;
      const expected: Array<[string, number]> = [
        [demoKeys.alpha, 200],
        [demoKeys.resellerAcme, 200],
        [demoKeys.admin, 200],
        [demoKeys.beta, 404],
        [demoKeys.gamma, 404],
        [demoKeys.resellerZeta, 404],
      ];
      for (const [key, status] of expected) {
        const task = await call(asKey(key, "GET", `/v1/tasks/${taskId}`));
        expect(task.status, `${key} GET task`).toBe(status);
        if (status === 404) expect(task.text).not.toContain("isolation-task-probe");
      }
    });
  });
}

isolation("2025-04");
isolation("2026-08");
