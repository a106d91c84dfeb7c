// The API key never shows: not in logs (Authorization is "***"), errors, toString, JSON or inspect.
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "@imgctl/emulator";
import { createImagesClient } from "../src/index.js";
import { redactUrl } from "../src/log/redact.js";
import { demoImageIds, demoKeys, demoVolumeId, httpClient, memoryLogger, startEmulator } from "./helpers.js";

const KEY = demoKeys.alpha;
const SECRET = KEY.split("$")[1]!; // the distinctive part, in case something re-encodes the "$"

let emulator: Emulator;
let server: { url: string; close(): Promise<void> };
beforeAll(async () => {
  emulator = startEmulator();
  server = await emulator.listen({ port: 0 });
});
afterAll(async () => {
  await server.close();
  await emulator.close();
});

function expectNoKey(text: string) {
  expect(text).not.toContain(KEY);
  expect(text).not.toContain(SECRET);
}

describe("redaction", () => {
  it("logs show Authorization as *** through successes, retries and failures", async () => {
    const logger = memoryLogger();
    const client = httpClient(server.url, { logger, apiKey: KEY });
    emulator.setFaults({ rules: [{ operationId: "imagesList", status: 503, retryAfterMs: 1, times: 1 }] });
    await client.images.list();
    emulator.setFaults({ rules: [{ operationId: "imagesGet", drop: true }] });
    await client.images.get(demoImageIds.alphaWebGolden).catch(() => {});
    emulator.setFaults(undefined);
    await client.images.get("00000000-0000-4000-8000-000000000000").catch(() => {});
    await client.fetch(new Request(`${server.url}/v1/images/10/1`)); // a request that gets the header from the wrapper
    const dump = JSON.stringify(logger.lines);
    expectNoKey(dump);
    const sent = logger.lines.filter((l) => l.message.startsWith("→"));
    expect(sent.length).toBeGreaterThanOrEqual(6);
    for (const line of sent)
      expect((line.details as { headers: Record<string, string> }).headers.authorization).toBe("***");
  });

  it("errors carry no key: messages, stacks, inspect and JSON", async () => {
    const client = httpClient(server.url, { apiKey: KEY, maxRetries: 0 });
    const errors: unknown[] = [];
    emulator.setFaults({ rules: [{ operationId: "imagesCreate", drop: true }] });
    errors.push(await client.images.create({ name: "nope", volume_id: demoVolumeId(10, 1) }).catch((e: unknown) => e));
    emulator.setFaults({ rules: [{ operationId: "imagesGet", stallMs: 500 }] });
    errors.push(await client.images.get(demoImageIds.alphaWebGolden, {}, { timeout: 20 }).catch((e: unknown) => e));
    emulator.setFaults(undefined);
    errors.push(await client.images.get("00000000-0000-4000-8000-000000000000").catch((e: unknown) => e));
    errors.push(
      await httpClient(server.url, { apiKey: "wrong$key" })
        .images.list()
        .catch((e: unknown) => e),
    );
    expect(errors.map((e) => (e as Error).name)).toEqual([
      "ConnectionError",
      "TimeoutError",
      "NotFoundError",
      "AuthenticationError",
    ]);
    for (const e of errors) {
      const error = e as Error;
      expectNoKey(
        `${error.message}\n${error.stack}\n${String(error)}\n${inspect(error, { depth: 10, showHidden: true })}`,
      );
      expectNoKey(JSON.stringify(error));
    }
    expect(inspect(errors[3])).not.toContain("wrong$key");
  });

  it("the client prints its options and nothing else", () => {
    const client = createImagesClient({ apiKey: KEY, baseUrl: "http://localhost:1/cloud", projectId: 10, regionId: 1 });
    const shown = [
      inspect(client, { depth: 10, showHidden: true }),
      String(client),
      JSON.stringify(client),
      inspect(client.images, { depth: 10, showHidden: true }),
      inspect(client.raw, { depth: 10 }),
      JSON.stringify(client.options),
    ];
    for (const text of shown) expectNoKey(text);
    expect(String(client)).toBe("ImagesClient(http://localhost:1/cloud, project 10, region 1)");
    expect(Object.keys(client.options)).not.toContain("apiKey");
  });

  it("URLs in logs lose credentials and secret-looking query values", () => {
    expect(redactUrl("https://user:pw@api.example/cloud/v1/x?token=abc&name=ok&api_key=k")).toBe(
      "https://api.example/cloud/v1/x?token=***&name=ok&api_key=***",
    );
  });
});
