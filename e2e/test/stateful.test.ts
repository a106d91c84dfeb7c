// Stateful sequences against a model (fast-check commands): create or upload → wait → get (an
// upload: saving after its task, then active with a size) → metadata merge / replace / item delete
// (and refused read-only writes) → share with another client → list and get as that client → task
// list and acknowledge → delete → 404. The real state is compared after every step. Both API
// generations: in 2026-08 the tags are also written with PATCH (a merge patch: null deletes,
// `tags: null` clears the user tags), and a 2025-04 emulator on the same database writes the
// shared-image records that 2026-08 has no endpoint for.
import fc from "fast-check";
import { createEmulator, demoKeys, demoVolumeId, type Emulator } from "@imgctl/emulator";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ApiVersion } from "@imgctl/types/spec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asKey, send, type RequestSpec } from "../lib/http.js";

const RUNS = Math.round(25 * Number(process.env.IMGCTL_FUZZ_RUNS ?? "1"));
const KEYS = ["owner", "env", "team", "cost-center", "Owner", "é"];
/** Values each generation accepts: 2026-08's are 1–255 characters without edge spaces. */
const VALUES: Record<ApiVersion, string[]> = {
  "2025-04": ["a", "prod", "team-web", "", "Ünïcode ✓", "x".repeat(1024)],
  "2026-08": ["a", "prod", "team-web", "inner space", "Ünïcode ✓", "x".repeat(255)],
};

type Item = { key: string; value: string; read_only: boolean };
/** An image's tag items in either generation's shape. */
const itemsOf = (image: { metadata_detailed?: Item[]; tags_v2?: Item[] }): Item[] =>
  image.metadata_detailed ?? image.tags_v2 ?? [];

interface Model {
  user: Map<string, string>;
  readOnly: Map<string, string>;
  shared: boolean;
  /** The task that made the image, and whether it was acknowledged. */
  creatorTask: string;
  acknowledged: boolean;
}
interface Real {
  imageId: string;
}

function stateful(version: ApiVersion): void {
  let emulator: Emulator;
  /** Writes the shared-image records: the emulator itself in 2025-04, a 2025-04 one on the same database in 2026-08. */
  let recordWriter: Emulator;
  const dir = version === "2025-04" ? undefined : mkdtempSync(join(tmpdir(), "imgctl-stateful-"));
  beforeAll(() => {
    const db = dir ? join(dir, "stateful.db") : ":memory:";
    emulator = createEmulator({ db, fixture: "demo", tasks: { mode: "polls", polls: 2 }, apiVersion: version });
    recordWriter = dir ? createEmulator({ db, fixture: "demo", tasks: { mode: "polls", polls: 2 } }) : emulator;
  });
  afterAll(async () => {
    await emulator.close();
    if (recordWriter !== emulator) await recordWriter.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const call = (spec: RequestSpec) => send(emulator.fetch, spec);
  const imagePath = (r: Real) => `/v1/images/10/1/${r.imageId}`;

  async function waitTask(taskId: string): Promise<{ state: string; created_resources?: { images?: string[] } }> {
    for (let i = 0; i < 10; i++) {
      const task = (await call(asKey(demoKeys.alpha, "GET", `/v1/tasks/${taskId}`))).body as { state: string };
      if (task.state === "FINISHED" || task.state === "ERROR") return task;
    }
    throw new Error(`task ${taskId} did not finish`);
  }

  /** The real metadata, through the image and through the metadata endpoint, must equal the model. */
  async function compare(m: Model, r: Real): Promise<void> {
    const expected = Object.fromEntries([...m.readOnly, ...m.user]);
    const image = (await call(asKey(demoKeys.alpha, "GET", imagePath(r)))).body as {
      metadata?: Record<string, string>;
      metadata_detailed?: Item[];
      tags_v2?: Item[];
    };
    if (version === "2025-04") expect(image.metadata).toEqual(expected);
    else expect(image).not.toHaveProperty("metadata");
    expect(Object.fromEntries(itemsOf(image).map((i) => [i.key, i.value]))).toEqual(expected);
    for (const item of itemsOf(image)) expect(item.read_only).toBe(m.readOnly.has(item.key));
    const list = (await call(asKey(demoKeys.alpha, "GET", `${imagePath(r)}/metadata`))).body as {
      count: number;
      results: Array<{ key: string; value: string }>;
    };
    expect(list.count).toBe(Object.keys(expected).length);
    expect(Object.fromEntries(list.results.map((i) => [i.key, i.value]))).toEqual(expected);
  }

  class Merge implements fc.AsyncCommand<Model, Real> {
    constructor(readonly items: Record<string, string>) {}
    check = () => true;
    async run(m: Model, r: Real) {
      const out = await call(asKey(demoKeys.alpha, "POST", `${imagePath(r)}/metadata`, this.items));
      expect(out.status, out.text).toBe(204);
      for (const [k, v] of Object.entries(this.items)) m.user.set(k, v);
      await compare(m, r);
    }
    toString = () => `merge ${JSON.stringify(this.items)}`;
  }

  class Replace implements fc.AsyncCommand<Model, Real> {
    constructor(readonly items: Record<string, string>) {}
    check = () => true;
    async run(m: Model, r: Real) {
      const out = await call(asKey(demoKeys.alpha, "PUT", `${imagePath(r)}/metadata`, this.items));
      expect(out.status, out.text).toBe(204);
      m.user = new Map(Object.entries(this.items));
      await compare(m, r);
    }
    toString = () => `replace ${JSON.stringify(this.items)}`;
  }

  class DeleteItem implements fc.AsyncCommand<Model, Real> {
    constructor(readonly key: string) {}
    check = () => true;
    async run(m: Model, r: Real) {
      const out = await call(
        asKey(demoKeys.alpha, "DELETE", `${imagePath(r)}/metadata_item`, undefined, { key: this.key }),
      );
      expect(out.status, out.text).toBe(m.user.has(this.key) ? 204 : 404);
      m.user.delete(this.key);
      await compare(m, r);
    }
    toString = () => `delete item ${this.key}`;
  }

  /** 2026-08: PATCH with a tags merge patch (a value sets, null deletes) or `tags: null` (clears the user tags). */
  class Patch implements fc.AsyncCommand<Model, Real> {
    constructor(readonly tags: Record<string, string | null> | null) {}
    check = (m: Readonly<Model>) => this.tags === null || Object.keys(this.tags).every((k) => !m.readOnly.has(k));
    async run(m: Model, r: Real) {
      const out = await call(asKey(demoKeys.alpha, "PATCH", imagePath(r), { tags: this.tags }));
      expect(out.status, out.text).toBe(200);
      if (this.tags === null) m.user.clear();
      else for (const [k, v] of Object.entries(this.tags)) v === null ? m.user.delete(k) : m.user.set(k, v);
      await compare(m, r);
    }
    toString = () => `patch tags ${JSON.stringify(this.tags)}`;
  }

  class TouchReadOnly implements fc.AsyncCommand<Model, Real> {
    constructor(readonly how: "merge" | "replace" | "delete" | "patch" | "patch-null") {}
    check = (m: Readonly<Model>) => m.readOnly.size > 0;
    async run(m: Model, r: Real) {
      const key = [...m.readOnly.keys()][0]!;
      const out =
        this.how === "delete"
          ? await call(asKey(demoKeys.alpha, "DELETE", `${imagePath(r)}/metadata_item`, undefined, { key }))
          : this.how === "patch" || this.how === "patch-null"
            ? await call(
                asKey(demoKeys.alpha, "PATCH", imagePath(r), {
                  name: "renamed",
                  tags: { [key]: this.how === "patch" ? "changed-by-user" : null, extra: "y" },
                }),
              )
            : await call(
                asKey(demoKeys.alpha, this.how === "merge" ? "POST" : "PUT", `${imagePath(r)}/metadata`, {
                  [key]: "changed-by-user",
                  extra: "y",
                }),
              );
      expect(out.status, out.text).toBe(403);
      await compare(m, r); // the refused write changed nothing, not even `extra`
    }
    toString = () => `${this.how} a read-only item (refused)`;
  }

  class Share implements fc.AsyncCommand<Model, Real> {
    constructor(readonly on: boolean) {}
    check = () => true;
    async run(m: Model, r: Real) {
      const query = { entity_type: "client", entity_id: "1002", region_id: "1" };
      const out = this.on
        ? await send(
            recordWriter.fetch,
            asKey(demoKeys.admin, "PUT", "/v1/shared_image", {
              entity_type: "client",
              entity_id: 1002,
              region_id: 1,
              image_ids: [r.imageId],
            }),
          )
        : await send(recordWriter.fetch, asKey(demoKeys.admin, "DELETE", "/v1/shared_image", undefined, query));
      expect(this.on ? [200] : [204, 404]).toContain(out.status);
      m.shared = this.on;
    }
    toString = () => (this.on ? "share with client 1002" : "unshare");
  }

  class ReadAsOtherClient implements fc.AsyncCommand<Model, Real> {
    check = () => true;
    async run(m: Model, r: Real) {
      const list = (await call(asKey(demoKeys.beta, "GET", "/v1/images/20/1"))).body as {
        results: Array<{ id: string }>;
      };
      expect(list.results.some((i) => i.id === r.imageId)).toBe(m.shared);
      const get = await call(asKey(demoKeys.beta, "GET", `/v1/images/20/1/${r.imageId}`));
      expect(get.status).toBe(m.shared ? 200 : 404);
      if (m.shared)
        expect(
          Object.fromEntries(
            itemsOf(get.body as { metadata_detailed?: Item[]; tags_v2?: Item[] }).map((i) => [i.key, i.value]),
          ),
        ).toEqual(Object.fromEntries([...m.readOnly, ...m.user]));
      const merge = await call(
        asKey(demoKeys.beta, "POST", `/v1/images/20/1/${r.imageId}/metadata`, { intruder: "1" }),
      );
      expect(merge.status).toBe(m.shared ? 403 : 404);
    }
    toString = () => "read as client 1002";
  }

  class ListTasks implements fc.AsyncCommand<Model, Real> {
    check = () => true;
    async run(m: Model) {
      const query = { project_id: "10", region_id: "1", limit: "1000", is_acknowledged: String(m.acknowledged) };
      const mine = (await call(asKey(demoKeys.alpha, "GET", "/v1/tasks", undefined, query))).body as {
        results: Array<{ id: string }>;
      };
      expect(mine.results.some((t) => t.id === m.creatorTask)).toBe(true);
      const other = await call(asKey(demoKeys.beta, "GET", "/v1/tasks", undefined, { limit: "1000" }));
      expect(other.text).not.toContain(m.creatorTask);
      const active = (await call(asKey(demoKeys.alpha, "GET", "/v1/tasks/10/1/active"))).body as { count: number };
      expect(active.count).toBe(0);
    }
    toString = () => "list tasks as the owner and as another client";
  }

  class Acknowledge implements fc.AsyncCommand<Model, Real> {
    constructor(readonly how: "one" | "all") {}
    check = () => true;
    async run(m: Model) {
      const out =
        this.how === "one"
          ? await call(asKey(demoKeys.alpha, "POST", `/v1/tasks/${m.creatorTask}/acknowledge`))
          : await call(
              asKey(demoKeys.alpha, "POST", "/v1/tasks/acknowledge_all", undefined, {
                project_id: "10",
                region_id: "1",
              }),
            );
      expect(out.status, out.text).toBe(this.how === "one" ? 200 : 204);
      m.acknowledged = true;
      const task = (await call(asKey(demoKeys.alpha, "GET", `/v1/tasks/${m.creatorTask}`))).body as {
        acknowledged_by: number | null;
      };
      expect(task.acknowledged_by).toBe(1001);
      expect((await call(asKey(demoKeys.beta, "POST", `/v1/tasks/${m.creatorTask}/acknowledge`))).status).toBe(404);
    }
    toString = () => `acknowledge ${this.how}`;
  }

  /** Creates the image (from a volume or uploaded from a URL) and waits until it is active; returns it and its task. */
  async function makeImage(upload: boolean): Promise<{ imageId: string; taskId: string }> {
    const created = upload
      ? await call(
          asKey(demoKeys.alpha, "POST", "/v1/downloadimage/10/1", {
            name: "stateful-upload",
            url: "https://images.example.com/s.img",
            [version === "2025-04" ? "metadata" : "tags"]: { owner: "up" },
          }),
        )
      : await call(
          asKey(demoKeys.alpha, "POST", "/v1/images/10/1", { name: "stateful-probe", volume_id: demoVolumeId(10, 1) }),
        );
    expect(created.status, created.text).toBe(200);
    const taskId = (created.body as { tasks: string[] }).tasks[0]!;
    const task = await waitTask(taskId);
    expect(task.state).toBe("FINISHED");
    const imageId = task.created_resources!.images![0]!;
    const get = async () =>
      (await call(asKey(demoKeys.alpha, "GET", `/v1/images/10/1/${imageId}`))).body as { status: string; size: number };
    if (upload) {
      // The task finished before the image: a client that waits only for the task sees it saving.
      expect(await get()).toMatchObject({ status: "saving", size: 0 });
      const active = await get();
      expect(active.status).toBe("active");
      expect(active.size).toBeGreaterThan(0);
    }
    return { imageId, taskId };
  }

  const items = fc.dictionary(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES[version]), { maxKeys: 4 });
  const patches = fc.oneof(
    {
      arbitrary: fc.dictionary(
        fc.constantFrom(...KEYS),
        fc.option(fc.constantFrom(...VALUES[version]), { nil: null }),
        { maxKeys: 4 },
      ),
      weight: 4,
    },
    { arbitrary: fc.constant(null), weight: 1 },
  );
  const readOnlyTouches =
    version === "2025-04"
      ? (["merge", "replace", "delete"] as const)
      : (["merge", "replace", "delete", "patch", "patch-null"] as const);
  const commands = [
    items.map((i) => new Merge(i)),
    items.map((i) => new Replace(i)),
    fc.constantFrom(...KEYS).map((k) => new DeleteItem(k)),
    fc.constantFrom(...readOnlyTouches).map((h) => new TouchReadOnly(h)),
    ...(version === "2026-08" ? [patches.map((t) => new Patch(t))] : []),
    fc.boolean().map((on) => new Share(on)),
    fc.constant(new ReadAsOtherClient()),
    fc.constant(new ListTasks()),
    fc.constantFrom("one", "all" as const).map((how) => new Acknowledge(how)),
  ];

  describe(`stateful sequences (${version})`, () => {
    it(`create or upload → metadata → share → read as another client → tasks → delete, ${RUNS} runs`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.boolean(), fc.commands(commands, { maxCommands: 15 }), async (upload, cmds) => {
          // create or upload → wait (tasks finish after 2 polls) → get until active
          const made = await makeImage(upload);
          const real: Real = { imageId: made.imageId };
          const image = (await call(asKey(demoKeys.alpha, "GET", imagePath(real)))).body as {
            status: string;
            metadata_detailed?: Item[];
            tags_v2?: Item[];
          };
          expect(image.status).toBe("active");
          const model: Model = {
            user: new Map(
              itemsOf(image)
                .filter((i) => !i.read_only)
                .map((i) => [i.key, i.value]),
            ),
            readOnly: new Map(
              itemsOf(image)
                .filter((i) => i.read_only)
                .map((i) => [i.key, i.value]),
            ),
            shared: false,
            creatorTask: made.taskId,
            acknowledged: false,
          };
          expect(model.readOnly.get("image_source")).toBe(upload ? "url" : "volume");
          await fc.asyncModelRun(() => ({ model, real }), cmds);

          // delete → wait → 404 for everyone, gone from every list
          const del = await call(asKey(demoKeys.alpha, "DELETE", imagePath(real)));
          expect(del.status).toBe(200);
          expect((await waitTask((del.body as { tasks: string[] }).tasks[0]!)).state).toBe("FINISHED");
          expect((await call(asKey(demoKeys.alpha, "GET", imagePath(real)))).status).toBe(404);
          expect((await call(asKey(demoKeys.beta, "GET", `/v1/images/20/1/${real.imageId}`))).status).toBe(404);
          expect((await call(asKey(demoKeys.alpha, "GET", "/v1/images/10/1"))).text).not.toContain(real.imageId);
          await send(
            recordWriter.fetch,
            asKey(demoKeys.admin, "DELETE", "/v1/shared_image", undefined, {
              entity_type: "client",
              entity_id: "1002",
              region_id: "1",
            }),
          );
        }),
        { numRuns: RUNS },
      );
    });
  });
}

stateful("2025-04");
stateful("2026-08");
