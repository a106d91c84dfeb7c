// The same policy gives the same verdict on the same image whichever API generation it was read in, and a 2026-08
// PATCH with a tags merge patch is judged on the state after the write, like the 2025-04 writes.
import { createImagesClient } from "@imgctl/client";
import { createEmulator, demoImageIds, demoVolumeId } from "@imgctl/emulator";
import type { Image } from "@imgctl/types";
import type { Image as Image2026 } from "@imgctl/types/2026-08";
import { afterAll, describe, expect, it } from "vitest";
import {
  applyFix,
  evaluate,
  judgeMetadataWrite,
  planFix,
  policyFrom,
  toImageContext,
  type ImageContext,
} from "../src/engine/index.js";
import { metadataPolicy, MetadataPolicyError } from "../src/middleware/index.js";
import { ALPHA_KEY, DEMO_POLICY } from "./demo.js";

const policy = policyFrom(DEMO_POLICY);
const items = [
  { key: "image_source", value: "volume", read_only: true },
  { key: "env", value: "qa", read_only: false },
  { key: "db_password", value: "x", read_only: false },
];
const common = { id: "img-1", name: "web", project_id: 10, region_id: 1, visibility: "private" as const };
// One image as each generation's API returns it: the seed's metadata + metadata_detailed, today's tags_v2.
const seedImage = {
  ...common,
  metadata: Object.fromEntries(items.map((i) => [i.key, i.value])),
  metadata_detailed: items,
} as unknown as Image;
const todayImage = { ...common, tags_v2: items } as unknown as Image2026;
const neutralImage = {
  ...common,
  tags: items.map(({ key, value, read_only }) => ({ key, value, readOnly: read_only })),
};
const verdict = (image: ImageContext) =>
  evaluate(policy, image, { now: new Date("2026-08-30T00:00:00Z") }).findings.map(
    (f) => `${f.ruleId}:${f.key}:${f.reason}`,
  );

describe("both API generations", () => {
  it("reads a 2025-04 image, a 2026-08 image and the neutral tag view as the same items and gives the same verdict", () => {
    const seed = toImageContext(seedImage);
    expect(toImageContext(todayImage)).toEqual(seed);
    expect(toImageContext(neutralImage)).toEqual(seed);
    expect(seed.metadata).toEqual(items);
    expect(verdict(toImageContext(todayImage))).toEqual(verdict(seed));
    expect(verdict(seed)).toEqual([
      "owner-required:owner:missing",
      "env-values:env:value-not-allowed",
      "cost-center-default:cost_center:default-missing",
      "no-secrets:db_password:forbidden",
    ]);
  });

  it("plans the same fix in both; 2026-08 sends it as one PATCH whose merge patch nulls the removed keys", () => {
    const image = toImageContext(todayImage);
    const merge = planFix(policy, image);
    const patch = planFix(policy, image, { strategy: "patch" });
    expect(patch.operations).toEqual(merge.operations);
    expect(merge.calls.map((c) => c.method)).toEqual(["POST", "DELETE"]);
    expect(patch.calls).toEqual([
      { method: "PATCH", path: "", tags: { db_password: null, cost_center: "unassigned" } },
    ]);
    // The patch, applied as the API applies it, gives the state the fix promised.
    const sent = judgeMetadataWrite(policy, {
      operationId: "imagesUpdate",
      apiVersion: "2026-08",
      imageId: "img-1",
      metadata: patch.calls[0]!.tags,
      before: image,
    });
    expect(sent.state).toEqual(applyFix(image.metadata, patch.operations));
  });
});

describe("a 2026-08 PATCH with a tags merge patch", () => {
  const before = toImageContext({
    ...todayImage,
    tags_v2: [
      items[0]!,
      { key: "owner", value: "web", read_only: false },
      { key: "env", value: "prod", read_only: false },
    ],
  });
  const judge = (tags: unknown) =>
    judgeMetadataWrite(policy, {
      operationId: "imagesUpdate",
      apiVersion: "2026-08",
      imageId: "img-1",
      metadata: tags,
      before,
    });
  const state = (tags: unknown) => judge(tags).state.map((e) => `${e.key}=${e.value}${e.read_only ? " (ro)" : ""}`);

  it("sets strings, deletes nulls, keeps unlisted and read-only tags", () => {
    expect(state({ env: "dev", team: "a" })).toEqual(["image_source=volume (ro)", "owner=web", "env=dev", "team=a"]);
    expect(state({ env: null })).toEqual(["image_source=volume (ro)", "owner=web"]);
    expect(judge({ env: "dev" }).operation.operation).toBe("patch");
  });

  it("tags: null clears the user tags and keeps the read-only ones; the missing owner is then denied", () => {
    expect(state(null)).toEqual(["image_source=volume (ro)"]);
    const d = judge(null);
    expect(d.decision).toBe("deny");
    expect(d.findings.map((f) => `${f.ruleId}:${f.key}:${f.reason}`)).toEqual(["owner-required:owner:missing"]);
  });

  it("a null on the owner is denied like an item DELETE of it in 2025-04", () => {
    const patch = judge({ owner: null });
    const del = judgeMetadataWrite(policy, {
      operationId: "imageMetadataItemDelete",
      imageId: "img-1",
      key: "owner",
      before,
    });
    expect(patch.decision).toBe("deny");
    expect(patch.findings).toEqual(del.findings);
    expect(patch.state).toEqual(del.state);
  });

  it("a patch naming a read-only tag is denied and the tag stays", () => {
    for (const value of [null, "upload"]) {
      const d = judge({ image_source: value });
      expect(d.findings[0]).toMatchObject({ ruleId: "builtin/read-only", key: "image_source", readOnly: true });
      expect(d.state[0]).toEqual(items[0]);
    }
    expect(judge({ image_source: "volume" }).decision).toBe("allow");
  });

  it("refuses bodies and tags the 2026-08 API refuses: not an object, numbers, keys with = or spaces, 256-character or padded values", () => {
    const reasons = (tags: unknown) => judge(tags).findings.map((f) => `${f.key}:${f.reason}`);
    expect(reasons([])).toEqual(["null:invalid-body"]);
    expect(reasons({ env: 1 })).toEqual(["env:non-string-value"]);
    expect(reasons({ "a=b": "x", "a b": "x" })).toEqual(["a=b:invalid-tag-key", "a b:invalid-tag-key"]);
    expect(reasons({ team: "v".repeat(256), note: " padded", tab: "a\tb" })).toEqual([
      "team:invalid-tag-value",
      "note:invalid-tag-value",
      "tab:invalid-tag-value",
    ]);
    expect(judge({ team: "v".repeat(255), note: "inner space" }).decision).toBe("allow");
    // The same merge through the deprecated endpoint in 2025-04 has no tag patterns, and a null is refused there.
    const seed = (metadata: unknown) =>
      judgeMetadataWrite(policy, {
        operationId: "imageMetadataMerge",
        imageId: "img-1",
        metadata,
        before,
      }).findings.map((f) => `${f.key}:${f.reason}`);
    expect(seed({ "a b": "x" })).toEqual([]);
    expect(seed({ env: null })).toEqual(["env:null-value"]);
  });

  it("the same PATCH in 2025-04 merges `metadata` (no nulls), as before", () => {
    const d = judgeMetadataWrite(policy, {
      operationId: "imagesUpdate",
      imageId: "img-1",
      metadata: { env: "dev" },
      before,
    });
    expect(d.operation.operation).toBe("update");
    expect(d.state.map((e) => e.key)).toEqual(["image_source", "owner", "env"]);
  });
});

describe("the middleware recognises 2026-08 writes by their `tags` body", () => {
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
  const denial = async (call: Promise<unknown>) => {
    const e = await call.catch((err: unknown) => err);
    expect(e).toBeInstanceOf(MetadataPolicyError);
    return (e as MetadataPolicyError).decision;
  };

  it("judges a PATCH whose tags merge patch deletes the owner on the image's state, before it is sent", async () => {
    const client = newClient();
    client.use(metadataPolicy({ policy: DEMO_POLICY, client }));
    const before = await client.images.get(golden);
    const d = await denial(client.images.update(golden, { tags: { owner: null } } as never));
    expect(d.operation.operation).toBe("patch");
    expect(d.findings.map((f) => `${f.ruleId}:${f.key}:${f.reason}`)).toEqual(["owner-required:owner:missing"]);
    expect((await client.images.get(golden)).metadata).toEqual(before.metadata);
    const cleared = await denial(client.images.update(golden, { tags: null } as never));
    expect(cleared.state.every((e) => e.read_only)).toBe(true);
  });

  it("judges creates and uploads carrying `tags` like a create; apiVersion 2025-04 ignores a `tags` field", async () => {
    const client = newClient();
    client.use(metadataPolicy({ policy: DEMO_POLICY, client }));
    const upload = await denial(
      client.images.upload({ name: "u", url: "https://images.example/a.qcow2", tags: { env: "qa" } } as never),
    );
    expect(upload.findings.map((f) => `${f.ruleId}:${f.key}:${f.reason}`)).toEqual([
      "env-values:env:value-not-allowed",
    ]);
    const create = await denial(
      client.images.create({
        name: "c",
        volume_id: demoVolumeId(10, 1),
        tags: { "bad key": "x", owner: "a" },
      } as never),
    );
    expect(create.findings.map((f) => `${f.key}:${f.reason}`)).toEqual(["bad key:invalid-tag-key"]);
    const decisions: string[] = [];
    const seedOnly = newClient();
    seedOnly.use(
      metadataPolicy({
        policy: DEMO_POLICY,
        client: seedOnly,
        apiVersion: "2025-04",
        onDecision: (d) => decisions.push(d.decision),
      }),
    );
    await seedOnly.images.update(golden, { tags: { owner: null }, name: "renamed" } as never).catch(() => undefined);
    expect(decisions).toEqual([]);
  });
});

describe("the middleware on a 2026-08 client and emulator", () => {
  const emulator = createEmulator({ apiVersion: "2026-08" });
  afterAll(() => emulator.close());
  const golden = demoImageIds.alphaWebGolden;
  const newClient = () =>
    createImagesClient({
      apiVersion: "2026-08",
      apiKey: ALPHA_KEY,
      baseUrl: "http://emulator.test/cloud",
      projectId: 10,
      regionId: 1,
      fetch: (r) => emulator.fetch(r),
      maxRetries: 0,
    });
  const userTags = async (client: ReturnType<typeof newClient>) =>
    Object.fromEntries(
      (await client.images.tags.list(golden)).filter((t) => !t.read_only).map((t) => [t.key, t.value]),
    );

  it("refuses tag PATCHes that break the policy before they are sent, and lets compliant ones through", async () => {
    const client = newClient();
    const decisions: string[] = [];
    client.use(
      metadataPolicy({
        policy: DEMO_POLICY,
        client,
        onDecision: (d) => decisions.push(`${d.operation.operation}:${d.decision}`),
      }),
    );
    const before = await userTags(client);
    expect(before.owner).toBeDefined();
    await expect(client.images.tags.unset(golden, ["owner"])).rejects.toBeInstanceOf(MetadataPolicyError);
    await expect(client.images.tags.set(golden, { env: "qa" })).rejects.toThrow(/env-values \[env\]/);
    await expect(client.images.tags.patch(golden, null)).rejects.toBeInstanceOf(MetadataPolicyError);
    expect(await userTags(client)).toEqual(before);
    await client.images.tags.set(golden, { env: "dev" });
    expect((await userTags(client)).env).toBe("dev");
    expect(decisions).toEqual(["patch:deny", "patch:deny", "patch:deny", "patch:allow"]);
  });
});
