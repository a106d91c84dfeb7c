import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeImageOf } from "@imgctl/cli-core";
import { createImagesClient } from "@imgctl/client";
import { createEmulator, demoImageIds } from "@imgctl/emulator";
import { MetadataPolicyError } from "@imgctl/metadata-policy";
import { afterAll, describe, expect, it } from "vitest";
import hook from "../src/hooks/metadata-write.js";
import { ALPHA_KEY, DEMO_POLICY } from "./demo.js";

const emulator = createEmulator();
afterAll(() => emulator.close());
const newClient = () =>
  createImagesClient({
    apiKey: ALPHA_KEY,
    baseUrl: "http://emulator.test/cloud",
    projectId: 10,
    regionId: 1,
    fetch: (r) => emulator.fetch(r),
    maxRetries: 0,
  });
const golden = demoImageIds.alphaWebGolden;

describe("metadata:write hook", () => {
  const dir = mkdtempSync(join(tmpdir(), "mp-hook-"));
  const policyPath = join(dir, "policy.yaml");
  writeFileSync(policyPath, DEMO_POLICY);
  // The plan the CLI builds: the shared write description, the image read on demand (once), the policy path.
  const run = (plan: Record<string, unknown> & { imageId?: string }) =>
    (hook as unknown as (this: unknown, p: object) => Promise<void>).call(
      {},
      {
        projectId: 10,
        regionId: 1,
        before: async () =>
          plan.imageId ? writeImageOf(await newClient().images.get(plan.imageId)) : { metadata: [] },
        policyPath,
        ...plan,
      },
    );

  it("vetoes a violating replace with exit 1 and allows a compliant one", async () => {
    const err = await run({ operationId: "imageMetadataReplace", imageId: golden, metadata: { env: "prod" } }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(MetadataPolicyError);
    expect((err as MetadataPolicyError & { oclif: { exit: number } }).oclif.exit).toBe(1);
    await expect(
      run({
        operationId: "imageMetadataReplace",
        imageId: golden,
        metadata: { owner: "x", env: "prod", cost_center: "1" },
      }),
    ).resolves.toBeUndefined();
    await expect(
      run({ operationId: "imagesCreate", metadata: { env: "prod", owner: "y", cost_center: "1" } }),
    ).resolves.toBeUndefined();
  });

  it("does nothing when no policy is configured or found", async () => {
    const cwd = process.cwd();
    process.chdir(dir.replace(/mp-hook-.*/, ""));
    try {
      await expect(
        run({ operationId: "imageMetadataReplace", imageId: golden, metadata: {}, policyPath: undefined }),
      ).resolves.toBeUndefined();
    } finally {
      process.chdir(cwd);
    }
  });
});
