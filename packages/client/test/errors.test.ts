// Every error class, from real emulator answers (in process); fault injection only for the
// statuses the API never produces on its own (422, 429, 5xx).
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "@imgctl/emulator";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ImagesClientError,
  InternalServerError,
  MissingParameterError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  TaskFailedError,
  TaskWaitTimeoutError,
  UnprocessableEntityError,
  createImagesClient,
} from "../src/index.js";
import { demoImageIds, demoKeys, demoVolumeId, IN_PROCESS_URL, inProcessClient, startEmulator } from "./helpers.js";

let emulator: Emulator;
let alpha: ReturnType<typeof inProcessClient>;

beforeAll(() => {
  emulator = startEmulator();
  alpha = inProcessClient(emulator, { maxRetries: 0 });
});
afterEach(() => emulator.setFaults(undefined));
afterAll(() => emulator.close());

/** The rejection of `promise`, which must reject. */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

/** The common contract of an ApiError: typed, one line, with the request id. */
function expectApiError(error: Error, Class: typeof ApiError, status: number) {
  expect(error).toBeInstanceOf(Class);
  expect(error).toBeInstanceOf(ApiError);
  expect(error).toBeInstanceOf(ImagesClientError);
  const e = error as ApiError;
  expect(e.status).toBe(status);
  expect(e.name).toBe(Class.name);
  expect(e.requestId).toMatch(/^[0-9a-f]{8,}$/);
  expect(e.headers.get("content-type")).toContain("application/json");
  expect(e.exceptionClass).toEqual(expect.any(String));
  const body = e.body as { message: string };
  expect(e.message.startsWith(`${status} ${Class.name}: ${body.message}`)).toBe(true);
  expect(e.message.endsWith(` (request_id ${e.requestId})`)).toBe(true);
  expect(e.message).not.toContain("\n");
  expect(String(e)).toBe(e.message);
  return e;
}

describe("API errors by status", () => {
  it("400 BadRequestError with invalid fields in the one-line message", async () => {
    const e = expectApiError(
      await rejection(alpha.images.create({ name: "x", volume_id: "not-a-uuid" })),
      BadRequestError,
      400,
    );
    expect(e.invalidFields).toHaveProperty("name");
    expect(e.invalidFields).toHaveProperty("volume_id");
    // The emulator's message already names the fields, so they are not repeated.
    expect(e.message.match(/volume_id/g)).toHaveLength(1);
  });

  it("401 AuthenticationError for a wrong key", async () => {
    const stranger = inProcessClient(emulator, { apiKey: "not-a-key" });
    expectApiError(await rejection(stranger.images.list()), AuthenticationError, 401);
  });

  it("403 PermissionDeniedError for a read-only metadata item", async () => {
    const e = await rejection(alpha.images.metadata.delete(demoImageIds.alphaWebGolden, "image_source"));
    expectApiError(e, PermissionDeniedError, 403);
  });

  it("404 NotFoundError, with the exact message format", async () => {
    const e = expectApiError(
      await rejection(alpha.images.get("00000000-0000-4000-8000-000000000000")),
      NotFoundError,
      404,
    );
    expect(e.message).toMatch(/^404 NotFoundError: .+ \(request_id [0-9a-f]+\)$/);
    expect(e.exceptionClass).toBe("NotFoundError");
  });

  it("409 ConflictError for an image locked by its running create task", async () => {
    const slow = startEmulator({ tasks: { mode: "polls", polls: 50 } });
    try {
      const client = inProcessClient(slow, { maxRetries: 0 });
      const created = await client.images.create({ name: "locked", volume_id: demoVolumeId(10, 1) });
      const id = (await client.images.listOwned()).results.find((i) => i.name === "locked")!.id;
      const e = await rejection(client.images.delete(id));
      expectApiError(e, ConflictError, 409);
      expect(created.tasks).toHaveLength(1);
    } finally {
      await slow.close();
    }
  });

  it.each([
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
  ] as const)("%i %o from an injected fault", async (status, Class) => {
    emulator.setFaults({ rules: [{ operationId: "imagesList", status }] });
    expectApiError(await rejection(alpha.images.list()), Class, status);
  });

  it("invalid fields the message does not mention are appended, three at most", () => {
    const body = {
      exception_class: "ValidationError",
      message: "Bad input; ssh_key: unknown",
      request_id: "r1",
      invalid_fields: {
        name: ["too short"],
        volume_id: ["bad", "worse"],
        os_type: ["x"],
        ssh_key: ["unknown"],
        min_disk: ["y"],
      },
    };
    const e = ApiError.from(422, body, new Headers());
    expect(e).toBeInstanceOf(UnprocessableEntityError);
    expect(e.message).toBe(
      "422 UnprocessableEntityError: Bad input; ssh_key: unknown: name (too short), volume_id (bad; worse), os_type (x) and 1 more (request_id r1)",
    );
  });

  it("a non-JSON error body still gives a typed, one-line error", () => {
    const e = ApiError.from(502, "<html>\nBad gateway\n</html>", new Headers({ "x-request-id": "abc123" }));
    expect(e).toBeInstanceOf(InternalServerError);
    expect(e.message).toBe("502 InternalServerError: <html> Bad gateway </html> (request_id abc123)");
  });
});

describe("client-side errors", () => {
  it("MissingParameterError when neither the call nor the client gives project_id / region_id", async () => {
    const bare = createImagesClient({ apiKey: demoKeys.alpha, baseUrl: IN_PROCESS_URL, fetch: emulator.fetch });
    const e = await rejection(bare.images.list());
    expect(e).toBeInstanceOf(MissingParameterError);
    expect(e.message).toBe(
      "project_id is required: pass it, or set projectId on the client (or GCORE_CLOUD_PROJECT_ID)",
    );
    await expect(bare.images.get("x", { project_id: 10 })).rejects.toThrow(
      /region_id is required.*GCORE_CLOUD_REGION_ID/,
    );
    // Given per call, the same client works.
    expect((await bare.images.listOwned({ project_id: 10, region_id: 1 })).count).toBe(1);
  });

  it("TaskFailedError carries the task and its error", async () => {
    const e = await rejection(
      alpha.images.createAndWait({ name: "doomed", volume_id: demoVolumeId(10, 1, 3) }, { interval: 1 }),
    );
    expect(e).toBeInstanceOf(TaskFailedError);
    const task = (e as TaskFailedError).task;
    expect(task.state).toBe("ERROR");
    expect(task.error).toMatch(/corrupted/);
    expect(e.message).toBe(`Task ${task.id} (create_image) failed: ${task.error}`);
  });

  it("TaskWaitTimeoutError after the wait timeout, with the last task seen", async () => {
    const slow = startEmulator({ tasks: { mode: "polls", polls: 1000 } });
    try {
      const client = inProcessClient(slow);
      const { tasks } = await client.images.create({ name: "never-done", volume_id: demoVolumeId(10, 1) });
      const started = Date.now();
      const e = await rejection(client.tasks.wait(tasks[0]!, { interval: 10, timeout: 80 }));
      expect(e).toBeInstanceOf(TaskWaitTimeoutError);
      expect((e as TaskWaitTimeoutError).task?.state).toMatch(/NEW|RUNNING/);
      expect(e.message).toMatch(/did not finish within 80 ms/);
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      await slow.close();
    }
  });

  it("an invalid option or environment value fails at construction", () => {
    expect(() => createImagesClient({ timeout: -1 })).toThrow(/timeout must be a non-negative number/);
    expect(() => createImagesClient({ maxRetries: 1.5 })).toThrow(/maxRetries must be a non-negative integer/);
  });
});
