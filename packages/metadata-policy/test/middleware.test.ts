import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createImagesClient } from "@imgctl/client";
import { parse } from "yaml";
import { createEmulator, demoImageIds, demoVolumeId } from "@imgctl/emulator";
import { afterAll, describe, expect, it } from "vitest";
import { metadataPolicy, MetadataPolicyError } from "../src/middleware/index.js";
import type { WriteDecision } from "../src/engine/types.js";
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
const metadataOf = async (client: ReturnType<typeof newClient>) =>
  Object.fromEntries(
    (await client.images.metadata.list(golden)).results.filter((m) => !m.read_only).map((m) => [m.key, m.value]),
  );

describe("middleware for client users", () => {
  it("refuses a violating replace before it is sent, and lets a compliant one through", async () => {
    const client = newClient();
    client.use(metadataPolicy({ policy: DEMO_POLICY, mode: "enforce", client }));
    const before = await metadataOf(client);
    const err = await client.images.metadata
      .replace(golden, { env: "prod", cost_center: "42" })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MetadataPolicyError);
    expect((err as MetadataPolicyError).code).toBe("METADATA_POLICY_DENIED");
    expect((err as MetadataPolicyError).decision.decision).toBe("deny");
    expect((err as MetadataPolicyError).findings.map((f) => `${f.ruleId}:${f.key}:${f.reason}`)).toEqual([
      "owner-required:owner:missing",
    ]);
    expect(await metadataOf(client)).toEqual(before);

    await client.images.metadata.replace(golden, { owner: "team-web", env: "staging", cost_center: "42" });
    expect(await metadataOf(client)).toEqual({ owner: "team-web", env: "staging", cost_center: "42" });
  });

  it("judges item deletes and merges; read-only items are refused", async () => {
    const client = newClient();
    client.use(metadataPolicy({ policy: DEMO_POLICY, client }));
    await expect(client.images.metadata.delete(golden, "owner")).rejects.toBeInstanceOf(MetadataPolicyError);
    await expect(client.images.metadata.merge(golden, { env: "qa" })).rejects.toThrow(/env-values \[env\]/);
    const ro = await client.images.metadata.merge(golden, { image_source: "upload" }).catch((e: unknown) => e);
    expect((ro as MetadataPolicyError).findings[0]).toMatchObject({ ruleId: "builtin/read-only", key: "image_source" });
    await client.images.metadata.merge(golden, { env: "dev" });
    expect((await metadataOf(client)).env).toBe("dev");
  });

  it("judges PATCH image updates that carry metadata (merge semantics) and passes ones that do not", async () => {
    const client = newClient();
    client.use(metadataPolicy({ policy: DEMO_POLICY, client }));
    await expect(client.images.update(golden, { metadata: { env: "qa" } })).rejects.toBeInstanceOf(MetadataPolicyError);
    const updated = await client.images.update(golden, { name: "alpha-web-golden-2" });
    expect(updated.name).toBe("alpha-web-golden-2");
    const ok = await client.images.update(golden, { metadata: { env: "staging" } });
    expect(ok.metadata.env).toBe("staging");
  });

  it("judges uploads and bare-metal creates like a create: no image to read, the body's metadata is the new image's", async () => {
    const client = newClient();
    client.use(metadataPolicy({ policy: DEMO_POLICY, client }));
    const upload = { name: "policed-upload", url: "https://images.example/a.qcow2" };
    const tasksBefore = (await client.tasks.list({ project_id: [10] })).count;
    const denied = await client.images.upload({ ...upload, metadata: { env: "qa" } }).catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(MetadataPolicyError);
    expect((denied as MetadataPolicyError).findings.map((f) => `${f.ruleId}:${f.key}:${f.reason}`)).toEqual([
      "env-values:env:value-not-allowed",
    ]);
    expect((await client.tasks.list({ project_id: [10] })).count).toBe(tasksBefore); // never sent
    const sent = await client.images.upload({
      ...upload,
      metadata: { owner: "team-web", env: "staging", cost_center: "42" },
    });
    expect(sent.tasks).toHaveLength(1);
    const bare = await client.baremetalImages
      .create({ name: "policed-bm", volume_id: demoVolumeId(10, 1), metadata: { env: "qa" } })
      .catch((e: unknown) => e);
    expect(bare).toBeInstanceOf(MetadataPolicyError);
  });

  it("denyAs response: a synthetic 422 with the API's error body, never sent to the server", async () => {
    const client = newClient();
    client.use(metadataPolicy({ policy: DEMO_POLICY, client, denyAs: "response" }));
    const err = (await client.images.metadata.replace(golden, { env: "prod" }).catch((e: unknown) => e)) as {
      status: number;
      exceptionClass: string;
      body: { decision: WriteDecision };
    };
    expect(err.status).toBe(422);
    expect(err.exceptionClass).toBe("MetadataPolicyDenied");
    expect(err.body.decision.findings[0]?.ruleId).toBe("owner-required");
    expect((await metadataOf(client)).owner).toBeDefined();
  });

  it("mutate adds missing `default` values to the body before sending", async () => {
    const client = newClient();
    const policy =
      DEMO_POLICY + "    - { id: managed-default, type: default, key: managed_by, value: imgctl, enforcement: warn }\n";
    client.use(metadataPolicy({ policy, client, mutate: true }));
    await client.images.metadata.merge(golden, { env: "prod" });
    expect(await metadataOf(client)).toMatchObject({ env: "prod", managed_by: "imgctl" });
  });

  it("audit mode sends the write and reports the would-be denial; off passes untouched", async () => {
    const client = newClient();
    const decisions: WriteDecision[] = [];
    client.use(metadataPolicy({ policy: DEMO_POLICY, mode: "audit", client, onDecision: (d) => decisions.push(d) }));
    await client.images.metadata.merge(golden, { env: "qa" });
    // Audit is the audit ceiling: nothing is blocked (allow), the would-be denial is wouldDeny.
    expect(decisions[0]).toMatchObject({ decision: "allow", wouldDeny: true });
    expect((await metadataOf(client)).env).toBe("qa");
    const off = newClient();
    off.use(metadataPolicy({ policy: DEMO_POLICY, mode: "off", client: off, onDecision: (d) => decisions.push(d) }));
    await off.images.metadata.merge(golden, { env: "prod" });
    expect(decisions).toHaveLength(1);
  });

  it("audit mode sends a write touching a read-only item, like plan-write --enforcement-ceiling audit on the same fixture", async () => {
    // The fixture's image is the demo golden image (owner, env, read-only image_source); plan-write runs it in e2e.
    const dir = fileURLToPath(new URL("./fixtures/write/audit-read-only-reported/", import.meta.url));
    const write = parse(readFileSync(join(dir, "write.yaml"), "utf8")) as { body: Record<string, string> };
    const client = newClient();
    const decisions: WriteDecision[] = [];
    client.use(
      metadataPolicy({
        policy: readFileSync(join(dir, "policy.yaml"), "utf8"),
        mode: "audit",
        client,
        onDecision: (d) => decisions.push(d),
      }),
    );
    const err = await client.images.metadata.merge(golden, write.body).catch((e: unknown) => e);
    // Sent: the API itself answers 403 for a read-only item; the policy did not pre-empt it.
    expect(err).not.toBeInstanceOf(MetadataPolicyError);
    expect((err as { status?: number }).status).toBe(403);
    expect(decisions[0]).toMatchObject({ decision: "allow", wouldDeny: true, findings: [] });
    expect(decisions[0]?.warnings).toContainEqual(
      expect.objectContaining({
        ruleId: "builtin/read-only",
        key: "image_source",
        enforcement: "audit",
        apiRefuses: true,
      }),
    );
  });

  it("throws at construction for an invalid policy", () => {
    const client = newClient();
    expect(() =>
      metadataPolicy({
        policy:
          "apiVersion: metadata-policy/v1\nkind: MetadataPolicy\nmetadata: {name: x}\nspec: {rules: [{id: a, type: nope}]}",
        client,
      }),
    ).toThrow(/invalid metadata policy/);
  });
});
