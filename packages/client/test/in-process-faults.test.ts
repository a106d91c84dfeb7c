// Timeouts, aborts and drops with a custom fetch (the emulator in process, as the CLI's local
// profile uses it): the client races the handler, which does not watch the signal itself.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "@imgctl/emulator";
import { ConnectionError, TimeoutError } from "../src/index.js";
import { demoImageIds, demoVolumeId, inProcessClient, memoryLogger, startEmulator } from "./helpers.js";

let emulator: Emulator;
beforeAll(() => {
  emulator = startEmulator();
});
afterEach(() => emulator.setFaults(undefined));
afterAll(() => emulator.close());

describe("in process", () => {
  it("a stalled handler times out after `timeout`, even though it ignores the signal", async () => {
    emulator.setFaults({ rules: [{ operationId: "imagesGet", stallMs: 2_000 }] });
    const client = inProcessClient(emulator, { timeout: 50, maxRetries: 0 });
    const started = performance.now();
    await expect(client.images.get(demoImageIds.alphaWebGolden)).rejects.toBeInstanceOf(TimeoutError);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("an abort rejects at once with the signal's reason", async () => {
    emulator.setFaults({ rules: [{ operationId: "imagesGet", stallMs: 2_000 }] });
    const client = inProcessClient(emulator);
    const reason = new Error("user pressed ctrl-c");
    const controller = new AbortController();
    setTimeout(() => controller.abort(reason), 30);
    await expect(client.images.get(demoImageIds.alphaWebGolden, {}, { signal: controller.signal })).rejects.toBe(
      reason,
    );
  });

  it("a dropped request (the handler's TypeError) is a ConnectionError: retried on a GET, final on a POST", async () => {
    const logger = memoryLogger();
    const client = inProcessClient(emulator, { logger, retryBackoff: { initialMs: 1, maxMs: 1 } });
    emulator.setFaults({ rules: [{ operationId: "imagesGet", drop: true, times: 1 }] });
    expect((await client.images.get(demoImageIds.alphaWebGolden)).name).toBe("alpha-web-golden");
    expect(logger.attempts()).toBe(2);

    logger.lines.length = 0;
    emulator.setFaults({ rules: [{ operationId: "imagesCreate", drop: true, times: 1 }] });
    const e = await client.images.create({ name: "dropped", volume_id: demoVolumeId(10, 1) }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConnectionError);
    expect((e as Error).message).toMatch(
      /^Connection error: POST http:\/\/emulator\.local\/cloud\/v1\/images\/10\/1 failed: imgctl-emulator fault: connection dropped$/,
    );
    expect(logger.attempts()).toBe(1);
  });
});
