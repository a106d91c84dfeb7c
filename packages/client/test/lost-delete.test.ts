// A DELETE whose answer is lost after the server did it: the retry finds the image gone (404), or
// locked by the delete task the lost attempt started (409, slow tasks). deleteAndWait reports the
// success; the plain delete reports the API's answer to its last attempt, as documented.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "@imgctl/emulator";
import { ConflictError, ConnectionError, InternalServerError, NotFoundError, type ImagesClient } from "../src/index.js";
import { demoVolumeId, httpClient, memoryLogger, startEmulator } from "./helpers.js";

interface Served {
  emulator: Emulator;
  server: { url: string; close(): Promise<void> };
}

async function serve(tasks?: { mode: "delay"; ms: number }): Promise<Served> {
  const emulator = startEmulator(tasks ? { tasks } : {});
  return { emulator, server: await emulator.listen({ port: 0 }) };
}

const fast: Served[] = [];
let immediate: Served;
let slow: Served;
beforeAll(async () => {
  immediate = await serve();
  // Delete tasks that take a while: a retry meets the lock of the lost attempt's task.
  slow = await serve({ mode: "delay", ms: 400 });
  fast.push(immediate, slow);
});
afterEach(() => {
  for (const s of fast) s.emulator.setFaults(undefined);
});
afterAll(async () => {
  for (const s of fast) {
    await s.server.close();
    await s.emulator.close();
  }
});

function client(served: Served, options: Parameters<typeof httpClient>[1] = {}) {
  const logger = memoryLogger();
  return { c: httpClient(served.server.url, { logger, ...options }), logger };
}

let n = 0;
async function newImage(c: ImagesClient): Promise<string> {
  return (await c.images.createAndWait({ name: `lost-delete-${++n}`, volume_id: demoVolumeId(10, 1) }, { interval: 5 }))
    .id;
}

async function expectGone(c: ImagesClient, id: string) {
  await expect(c.images.get(id)).rejects.toBeInstanceOf(NotFoundError);
}

describe("the answer of a processed DELETE is lost", () => {
  it.each([
    ["a 503 after processing", { status: 503 }],
    ["a dropped connection after processing", { drop: true }],
  ])("%s: delete rejects with the retry's 404, deleteAndWait resolves", async (_name, fault) => {
    const { c, logger } = client(immediate);
    const plain = await newImage(c);
    immediate.emulator.setFaults({ rules: [{ operationId: "imagesDelete", afterHandler: true, times: 1, ...fault }] });
    // The documented answer of the plain call: the API's answer to the retry.
    await expect(c.images.delete(plain)).rejects.toBeInstanceOf(NotFoundError);
    await expectGone(c, plain);

    const waited = await newImage(c);
    immediate.emulator.setFaults({ rules: [{ operationId: "imagesDelete", afterHandler: true, times: 1, ...fault }] });
    logger.lines.length = 0;
    await c.images.deleteAndWait(waited, {}, { interval: 5 });
    // The DELETE, its retry, and the GET that found the image gone.
    expect(logger.lines.filter((l) => l.message.startsWith("→")).map((l) => l.message.split(" ")[1])).toEqual([
      "DELETE",
      "DELETE",
      "GET",
    ]);
    await expectGone(c, waited);
  });

  it("slow tasks: the retry gets 409 (locked by the lost attempt's task); deleteAndWait waits for that task", async () => {
    const { c } = client(slow);
    const plain = await newImage(c);
    slow.emulator.setFaults({ rules: [{ operationId: "imagesDelete", status: 503, afterHandler: true, times: 1 }] });
    await expect(c.images.delete(plain)).rejects.toBeInstanceOf(ConflictError);

    const waited = await newImage(c);
    slow.emulator.setFaults({ rules: [{ operationId: "imagesDelete", status: 503, afterHandler: true, times: 1 }] });
    await c.images.deleteAndWait(waited, {}, { interval: 20 });
    await expectGone(c, waited);
  });

  it("no retries allowed: the 5xx itself sends deleteAndWait to look, and the image is gone", async () => {
    const { c } = client(immediate, { maxRetries: 0 });
    const id = await newImage(c);
    immediate.emulator.setFaults({
      rules: [{ operationId: "imagesDelete", status: 502, afterHandler: true, times: 1 }],
    });
    await c.images.deleteAndWait(id, {}, { interval: 5 });
    await expectGone(c, id);
  });
});

describe("deleteAndWait still fails when nothing was deleted", () => {
  it("an image that never existed: NotFoundError from the first attempt", async () => {
    const { c, logger } = client(immediate);
    await expect(c.images.deleteAndWait("33333333-0000-4000-8000-0000000000ff")).rejects.toBeInstanceOf(NotFoundError);
    expect(logger.attempts()).toBe(1);
  });

  it("a 5xx before processing: the image is still there, so the 5xx is the answer", async () => {
    const { c } = client(immediate);
    const id = await newImage(c);
    immediate.emulator.setFaults({ rules: [{ operationId: "imagesDelete", status: 503 }] });
    await expect(c.images.deleteAndWait(id, {}, { interval: 5 })).rejects.toBeInstanceOf(InternalServerError);
    immediate.emulator.setFaults(undefined);
    expect((await c.images.get(id)).status).toBe("active");
  });

  it("a dropped connection before processing: the ConnectionError is the answer", async () => {
    const { c } = client(immediate, { maxRetries: 1 });
    const id = await newImage(c);
    immediate.emulator.setFaults({ rules: [{ operationId: "imagesDelete", drop: true }] });
    await expect(c.images.deleteAndWait(id, {}, { interval: 5 })).rejects.toBeInstanceOf(ConnectionError);
    immediate.emulator.setFaults(undefined);
    expect((await c.images.get(id)).id).toBe(id);
  });
});
