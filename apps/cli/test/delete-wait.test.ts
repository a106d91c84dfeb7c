// `imgctl images delete --wait` reports success when the image is gone, also when the DELETE was
// done but its answer lost (the emulator's after-handler faults) and the retry got 404 or 409.
import { createImagesClient } from "@imgctl/client";
import { createEmulator, type Emulator } from "@imgctl/emulator";
import type { Task } from "@imgctl/types";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { demo, sandbox } from "./helpers/run.js";
import { imgctlSpawn } from "./helpers/spawn.js";

interface Served {
  emulator: Emulator;
  server: { url: string; close(): Promise<void> };
}

let immediate: Served;
let slow: Served;
beforeAll(async () => {
  const serve = async (tasks?: { mode: "delay"; ms: number }): Promise<Served> => {
    const emulator = createEmulator(tasks ? { tasks } : {});
    return { emulator, server: await emulator.listen({ port: 0 }) };
  };
  immediate = await serve();
  // Tasks that outlast the CLI's retries (backoff 0.5 s, then 1 s): every retry of the DELETE meets
  // the lock of the lost attempt's task (409).
  slow = await serve({ mode: "delay", ms: 3_000 });
});
afterAll(async () => {
  for (const s of [immediate, slow]) {
    await s.server.close();
    await s.emulator.close();
  }
});

let box: ReturnType<typeof sandbox>;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => {
  box.restore();
  immediate.emulator.setFaults(undefined);
  slow.emulator.setFaults(undefined);
});

const scope = (s: Served) => [
  "--api-url",
  s.server.url,
  "--api-key",
  demo.alphaKey,
  "--project",
  "10",
  "--region",
  "1",
];
const client = (s: Served) =>
  createImagesClient({ baseUrl: s.server.url, apiKey: demo.alphaKey, projectId: 10, regionId: 1 });

let n = 0;
async function newImage(s: Served): Promise<string> {
  return (
    await client(s).images.createAndWait(
      { name: `cli-lost-delete-${++n}`, volume_id: demo.bootVolume },
      { interval: 5 },
    )
  ).id;
}

async function exists(s: Served, id: string): Promise<boolean> {
  return client(s)
    .images.get(id)
    .then(
      () => true,
      (e: { status?: number }) => (e.status === 404 ? false : Promise.reject(e)),
    );
}

/** The real binary, in a child process; async, since the emulator answers from this process. */
async function imgctlRun(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const run = imgctlSpawn(args);
  const status = await run.exited;
  return { status, ...run.output() };
}

/** The next DELETE is carried out, then its answer is lost. */
function loseNextDeleteAnswer(s: Served, fault: { status: number } | { drop: true }): void {
  s.emulator.setFaults({ rules: [{ operationId: "imagesDelete", afterHandler: true, times: 1, ...fault }] });
}

describe("images delete --wait after a lost answer", () => {
  it("a 503 after processing: the retry's 404 is a success", async () => {
    const id = await newImage(immediate);
    loseNextDeleteAnswer(immediate, { status: 503 });
    const out = await imgctlRun(["images", "delete", id, "--yes", "--wait", ...scope(immediate)]);
    expect(out.stderr).not.toMatch(/Error/);
    expect(out.status).toBe(0);
    expect(out.stdout.trim()).toBe(`deleted image ${id}`);
    expect(await exists(immediate, id)).toBe(false);
  });

  it("a dropped connection after processing, --json: success with no task to show", async () => {
    const id = await newImage(immediate);
    loseNextDeleteAnswer(immediate, { drop: true });
    const out = await imgctlRun(["images", "delete", id, "--yes", "--wait", "--json", ...scope(immediate)]);
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual({ id, tasks: [] });
    expect(await exists(immediate, id)).toBe(false);
  });

  it("slow tasks: the retry's 409 (locked by the lost attempt's task) waits for that task", async () => {
    const id = await newImage(slow);
    loseNextDeleteAnswer(slow, { status: 503 });
    const out = await imgctlRun(["images", "delete", id, "--yes", "--wait", "--json", ...scope(slow)]);
    expect(out.status).toBe(0);
    const result = JSON.parse(out.stdout) as { id: string; tasks: string[]; task: Task };
    expect(result.task).toMatchObject({ task_type: "delete_image", state: "FINISHED" });
    expect(result.tasks).toEqual([result.task.id]);
    expect(await exists(slow, id)).toBe(false);
  });

  it("without --wait the retry's 404 is reported as the README says; a missing image still fails with --wait", async () => {
    const id = await newImage(immediate);
    loseNextDeleteAnswer(immediate, { status: 503 });
    const plain = await imgctlRun(["images", "delete", id, "--yes", ...scope(immediate)]);
    expect(plain.status).not.toBe(0);
    expect(plain.stderr).toMatch(/404 NotFoundError/);
    expect(await exists(immediate, id)).toBe(false);

    const missing = await imgctlRun(["images", "delete", demo.missingImage, "--yes", "--wait", ...scope(immediate)]);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/404 NotFoundError/);
  });
});
