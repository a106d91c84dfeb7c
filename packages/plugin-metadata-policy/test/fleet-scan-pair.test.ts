// One pair of a fleet check against the real in-process emulator: what it counts for the progress line.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createImagesClient } from "@imgctl/client";
import { createEmulator } from "@imgctl/emulator";
import { afterAll, describe, expect, it } from "vitest";
import { scanPair } from "../src/lib/fleet/scan-pair.js";
import { readPolicyFiles } from "../src/lib/policy-files.js";
import { FLEET_POLICY, fleetFixture } from "./fleet-env.js";

const emulator = createEmulator({ fixture: fleetFixture() });
afterAll(() => emulator.close());
const client = createImagesClient({
  apiKey: "imgctl-demo$alpha",
  baseUrl: "http://emulator.test/cloud",
  fetch: (r) => emulator.fetch(r),
});

describe("scanPair", () => {
  it("counts for the progress line the images it evaluated, not the other projects' public images it left out", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "mp-scan-pair-")), "policy.yaml");
    writeFileSync(file, FLEET_POLICY);
    const policy = readPolicyFiles([file]).policy!;
    let counted = 0;
    const result = await scanPair(client, [10, 1], {
      policy,
      now: new Date("2026-11-30T00:00:00Z"),
      maxRetries: 0,
      signal: new AbortController().signal,
      onImages: (n) => {
        counted += n;
      },
    });
    // Region 1 also lists the system project's public OS image: left out, counted as skipped, not as evaluated.
    expect(result.skippedPublic).toBe(1);
    expect(result.images).toBe(3);
    expect(counted).toBe(3);
  });
});
