// Secret scan: the CLI's flows with --debug (success, errors, retries, config) and the client
// with a logger, against an emulator whose keys are distinctive secrets. The key must appear in
// no output, log line, error message, inspect() or JSON of any object handed to the user.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { createImagesClient } from "@imgctl/client";
import { createEmulator, demoFixture, demoVolumeId, type Emulator } from "@imgctl/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const SECRET = `sk-live$${Math.random().toString(36).slice(2)}Q9zX`;
const WRONG = `sk-wrong$${Math.random().toString(36).slice(2)}P7yW`;
const cli = createRequire(import.meta.url)
  .resolve("imgctl/package.json")
  .replace(/package\.json$/, "bin/run.js");

let emulator: Emulator;
let url: string;
let close: () => Promise<void>;

beforeAll(async () => {
  const apiKeys = demoFixture.apiKeys.map((k) => (k.entityId === 1001 ? { ...k, key: SECRET } : k));
  emulator = createEmulator({ fixture: { ...demoFixture, apiKeys }, tasks: { mode: "immediate" } });
  ({ url, close } = await emulator.listen({ port: 0 }));
});
afterAll(async () => {
  await close();
  await emulator.close();
});

function imgctl(args: string[], env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      env: { ...process.env, ...env, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => resolve({ code: code ?? -1, output }));
  });
}

function assertNoSecret(text: string, where: string) {
  for (const secret of [SECRET, WRONG]) {
    expect(text, where).not.toContain(secret);
    expect(text, where).not.toContain(secret.split("$")[1]!);
  }
}

describe("the CLI never prints the API key", () => {
  it("in --debug flows: list, get, 404, metadata, create --wait, delete --wait, 401, config", async () => {
    const home = mkdtempSync(join(tmpdir(), "imgctl-secrets-"));
    const env = {
      XDG_CONFIG_HOME: join(home, "config"),
      XDG_DATA_HOME: join(home, "data"),
      GCORE_CLOUD_PROJECT_ID: "10",
      GCORE_CLOUD_REGION_ID: "1",
    };
    const remote = ["--api-url", url, "--debug"];
    const flows: Array<[string[], Record<string, string>, number]> = [
      [["images", "list", ...remote, "--api-key", SECRET], {}, 0],
      [["images", "list", ...remote, "--json"], { GCORE_API_KEY: SECRET }, 0],
      [["images", "get", "33333333-0000-4000-8000-000000000010", ...remote], { GCORE_API_KEY: SECRET }, 0],
      [["images", "get", "00000000-0000-4000-8000-000000000000", ...remote], { GCORE_API_KEY: SECRET }, 3],
      [
        ["images", "metadata", "set", "33333333-0000-4000-8000-000000000010", "owner=secops", ...remote],
        { GCORE_API_KEY: SECRET },
        0,
      ],
      [
        [
          "images",
          "create",
          "--name",
          "secret-scan",
          "--volume-id",
          demoVolumeId(10, 1),
          "--wait",
          ...remote,
          "--json",
        ],
        { GCORE_API_KEY: SECRET },
        0,
      ],
      [["images", "list", ...remote], { GCORE_API_KEY: WRONG }, 3],
      [["config", "set", "api-key", SECRET, "--profile", "prod"], {}, 0],
      [["config", "set", "api-url", url, "--profile", "prod"], {}, 0],
      [["config", "list"], {}, 0],
      [["config", "get", "api-key", "--profile", "prod"], {}, 0],
      [["config", "list", "--json"], {}, 0],
      [["images", "list", "--profile", "prod", "--debug"], {}, 0],
    ];
    for (const [args, extra, code] of flows) {
      const result = await imgctl(args, { ...env, ...extra });
      assertNoSecret(result.output, `imgctl ${args.join(" ")}`);
      expect(result.code, `imgctl ${args.join(" ")}\n${result.output}`).toBe(code);
    }
    // --debug did log the requests, with the header masked.
    const debug = await imgctl(["images", "list", ...remote], { ...env, GCORE_API_KEY: SECRET });
    expect(debug.output).toMatch(/GET .*\/v1\/images\/10\/1/);
    expect(debug.output).toContain("***");
  }, 120_000);
});

describe("the client never exposes the API key", () => {
  it("in logger calls, errors, retries and inspect()", async () => {
    const seen: string[] = [];
    const log = (level: string) => (message: string, details?: unknown) =>
      seen.push(`${level} ${message} ${JSON.stringify(details)} ${inspect(details, { depth: 10 })}`);
    const logger = { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
    const client = createImagesClient({
      apiKey: SECRET,
      baseUrl: url,
      projectId: 10,
      regionId: 1,
      logger,
      maxRetries: 2,
    });
    await client.images.list();
    emulator.setFaults({
      rules: [
        { operationId: "imagesList", status: 429, retryAfterMs: 1, times: 1 },
        { operationId: "imagesGet", status: 503, times: 5 },
      ],
    });
    await client.images.list(); // retried once after the 429
    const errors: unknown[] = [];
    await client.images.get("33333333-0000-4000-8000-000000000010").catch((e: unknown) => errors.push(e));
    emulator.setFaults(undefined);
    await client.images.get("00000000-0000-4000-8000-000000000000").catch((e: unknown) => errors.push(e));
    const wrong = createImagesClient({ apiKey: WRONG, baseUrl: url, projectId: 10, regionId: 1, logger });
    await wrong.images.list().catch((e: unknown) => errors.push(e));
    await createImagesClient({
      apiKey: SECRET,
      baseUrl: "http://127.0.0.1:9/cloud",
      projectId: 10,
      regionId: 1,
      logger,
      maxRetries: 0,
    })
      .images.list()
      .catch((e: unknown) => errors.push(e));

    expect(errors).toHaveLength(4);
    expect(seen.length).toBeGreaterThan(5);
    const everything = [
      ...seen,
      ...errors.flatMap((e) => [
        String(e),
        (e as Error).message,
        (e as Error).stack ?? "",
        inspect(e, { depth: 10, showHidden: true }),
        JSON.stringify(e),
      ]),
      inspect(client, { depth: 10, showHidden: true }),
      String(client),
      JSON.stringify(client.options),
    ].join("\n");
    assertNoSecret(everything, "client output");
    expect(everything).toContain("***");
  });
});
