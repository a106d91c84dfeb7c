// images.upload / uploadAndWait against the real emulator, whose download task finishes while the
// image is still being written (as the real API's may): a wait on the task alone returns too early.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "@imgctl/emulator";
import { ImageFailedError, InternalServerError, TaskFailedError, type Image } from "../src/index.js";
import { waitForImage } from "../src/resources/image-ready.js";
import { httpClient, inProcessClient, memoryLogger, startEmulator } from "./helpers.js";

const URL_OK = "https://images.example.com/ubuntu-22.04.qcow2";

let emulator: Emulator;
beforeAll(() => {
  emulator = startEmulator({ tasks: { mode: "delay", ms: 30 } });
});
afterAll(() => emulator.close());

describe("images.upload", () => {
  it("returns the download_image task at once; the task names the new image", async () => {
    const alpha = inProcessClient(emulator);
    const { tasks } = await alpha.images.upload({
      name: "upload-plain",
      url: URL_OK,
      os_distro: "ubuntu",
      metadata: { owner: "qa" },
    });
    expect(tasks).toHaveLength(1);
    const task = await alpha.tasks.wait(tasks[0]!, { interval: 5 });
    expect(task).toMatchObject({ task_type: "download_image", state: "FINISHED" });
    const image = await alpha.images.get(task.created_resources!.images![0]!);
    expect(image).toMatchObject({
      name: "upload-plain",
      os_distro: "ubuntu",
      project_id: 10,
      metadata: expect.objectContaining({ owner: "qa" }),
    });
  });

  it("the emulator's task finishes before the image is active: the task alone is not enough", async () => {
    const alpha = inProcessClient(emulator);
    const { tasks } = await alpha.images.upload({ name: "upload-early", url: URL_OK });
    const task = await alpha.tasks.wait(tasks[0]!, { interval: 5 });
    const image = await alpha.images.get(task.created_resources!.images![0]!);
    expect(image.status).toBe("saving");
    expect(image.size || 0).toBe(0);
  });

  it("uploadAndWait does not return while the image is still saving after its task finished", async () => {
    const alpha = inProcessClient(emulator);
    const seen: string[] = [];
    const image = await alpha.images.uploadAndWait(
      { name: "upload-and-wait", url: URL_OK, os_distro: "ubuntu", os_version: "22.04" },
      {
        interval: 5,
        onProgress: (t) => seen.push(`task ${t.state}`),
        onImageProgress: (i) => seen.push(`image ${i.status}`),
      },
    );
    expect(image).toMatchObject({
      name: "upload-and-wait",
      status: "active",
      os_distro: "ubuntu",
      os_version: "22.04",
    });
    expect(image.size).toBeGreaterThan(0);
    // After the task finished, the image was seen saving at least once before it was active.
    const afterTask = seen.slice(seen.indexOf("task FINISHED") + 1);
    expect(afterTask[0]).toBe("image saving");
    expect(afterTask.at(-1)).toBe("image active");
  });

  it("an unreachable URL ends the task in ERROR: TaskFailedError with the task's message", async () => {
    const alpha = inProcessClient(emulator);
    const error = await alpha.images
      .uploadAndWait({ name: "upload-unreachable", url: "https://nowhere.invalid/x.qcow2" }, { interval: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaskFailedError);
    expect((error as TaskFailedError).task.task_type).toBe("download_image");
    expect((error as TaskFailedError).message).toMatch(/nowhere\.invalid/);
  });

  it("a URL's user name and password never reach the error message", async () => {
    const alpha = inProcessClient(emulator);
    const url = "https://bob:S3cretPass@nowhere.invalid/x.qcow2";
    const error = (await alpha.images
      .uploadAndWait({ name: "upload-userinfo", url }, { interval: 5 })
      .catch((e: unknown) => e)) as TaskFailedError;
    expect(error).toBeInstanceOf(TaskFailedError);
    expect(error.message).toContain("https://***@nowhere.invalid/x.qcow2");
    expect(error.message).not.toContain("S3cret");
    expect(error.task.error).toContain("S3cret"); // the API's own answer is kept as it came
  });
});

describe("waitForImage", () => {
  const image = (status: string, size: number | null): Image => ({ id: "i-1", name: "n", status, size }) as Image;
  const sequence = (...images: Image[]) => {
    let i = 0;
    return async () => images[Math.min(i++, images.length - 1)]!;
  };

  it("goes on while the image is active without a size, and returns once it has one", async () => {
    const got = await waitForImage(
      "i-1",
      sequence(image("queued", 0), image("saving", 0), image("active", 0), image("active", 42)),
      1000,
      { interval: 1 },
    );
    expect(got.size).toBe(42);
  });

  it("an image that ends in error is an ImageFailedError carrying the image", async () => {
    const error = await waitForImage("i-1", sequence(image("saving", 0), image("error", null)), 1000, {
      interval: 1,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImageFailedError);
    expect((error as ImageFailedError).image.status).toBe("error");
    expect((error as Error).message).toBe("Image i-1 (n) ended in status error, not active");
  });
});

describe("retries of the upload POST", () => {
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    server = await emulator.listen({ port: 0 });
  });
  afterEach(() => emulator.setFaults(undefined));
  afterAll(() => server.close());

  const owned = async (c: ReturnType<typeof httpClient>) =>
    (await c.images.listOwned()).results.filter((i) => i.name.startsWith("upload-retry")).length;

  it("a 5xx after the server processed it is not retried: exactly one new image", async () => {
    const logger = memoryLogger();
    const c = httpClient(server.url, { logger });
    const before = await owned(c);
    logger.lines.length = 0;
    emulator.setFaults({ rules: [{ operationId: "imagesUpload", status: 503, afterHandler: true, times: 1 }] });
    await expect(c.images.upload({ name: "upload-retry-5xx", url: URL_OK })).rejects.toBeInstanceOf(
      InternalServerError,
    );
    expect(logger.attempts()).toBe(1);
    emulator.setFaults(undefined);
    expect(await owned(c)).toBe(before + 1);
  });

  it("a 429 (answered before anything is done) is retried: one image", async () => {
    const logger = memoryLogger();
    const c = httpClient(server.url, { logger });
    const before = await owned(c);
    logger.lines.length = 0;
    emulator.setFaults({ rules: [{ operationId: "imagesUpload", status: 429, retryAfterMs: 1, times: 1 }] });
    const { tasks } = await c.images.upload({ name: "upload-retry-429", url: URL_OK });
    expect(tasks).toHaveLength(1);
    expect(logger.attempts()).toBe(2);
    emulator.setFaults(undefined);
    expect(await owned(c)).toBe(before + 1);
  });
});
