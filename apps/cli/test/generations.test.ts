// The proof that the CLI gives the same answers in both API generations: the same sequence of commands (list, tag,
// filter by tag, policy check, policy fix, a refused write) against the embedded emulator speaking 2025-04 and then
// 2026-08, compared through the neutral tag view.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { demo, imgctl, imgctlJson, sandbox } from "./helpers/run.js";

const POLICY = `apiVersion: metadata-policy/v1
kind: MetadataPolicy
metadata: { name: generations, layer: org }
spec:
  rules:
    - { id: owner-required, type: required, keys: [owner], match: { visibility: [private] } }
    - { id: env-values, type: allowedValues, key: env, values: [dev, staging, prod] }
    - { id: cost-center-default, type: default, key: cost_center, value: unassigned, match: { visibility: [private] } }
`;

type Item = { key: string; value: string; read_only?: boolean };
type AnyImage = { id: string; name: string; tags_v2?: Item[]; metadata_detailed?: Item[] };
const tagsOf = (i: AnyImage) =>
  (i.tags_v2 ?? i.metadata_detailed ?? []).map((t) => `${t.key}=${t.value}${t.read_only ? " (ro)" : ""}`).sort();
const neutral = (images: AnyImage[]) => images.map((i) => `${i.name}: ${tagsOf(i).join(", ")}`).sort();

async function sequence(apiVersion: "2025-04" | "2026-08") {
  const box = sandbox({ GCORE_API_VERSION: apiVersion });
  try {
    const policy = join(box.dir, "policy.yaml");
    writeFileSync(policy, POLICY);
    const golden = await imgctlJson<AnyImage>(["images", "get", demo.goldenImage]);
    const shape = golden.tags_v2 ? "tags_v2" : "metadata_detailed";
    const listed = neutral((await imgctlJson<{ results: AnyImage[] }>(["images", "list"])).results);
    const tagged = (
      await imgctlJson<{ results: Item[] }>(["images", "metadata", "set", demo.goldenImage, "env=prod", "team=web"])
    ).results;
    const prod = (
      await imgctlJson<{ results: AnyImage[] }>(["images", "list", "--tag", "env=prod", "--tag", "team"])
    ).results.map((i) => i.name);
    const check = await imgctl(["policy", "check", "--policy", policy, "--format", "json"]);
    const verdicts = JSON.parse(check.stdout).results.map(
      (r: { image: { name: string }; verdict: string; findings: Array<{ ruleId: string; key: string }> }) =>
        `${r.image.name}:${r.verdict}:${r.findings.map((f) => `${f.ruleId}/${f.key}`).join(",")}`,
    );
    const fix = await imgctlJson<{ plans: Array<{ operations: unknown[]; calls: Array<{ method: string }> }> }>([
      "policy",
      "fix",
      "--policy",
      policy,
      "--yes",
    ]);
    const after = (await imgctlJson<{ results: Item[] }>(["images", "metadata", "list", demo.goldenImage])).results;
    const refused = await imgctl(["images", "metadata", "unset", demo.goldenImage, "owner", "--policy", policy]);
    const kept = tagsOf(await imgctlJson<AnyImage>(["images", "get", demo.goldenImage]));
    return {
      shape,
      neutral: {
        listed,
        tagged,
        prod,
        checkExit: check.code,
        verdicts,
        fixed: fix.plans.map((p) => p.operations),
        after,
        refusedExit: refused.code,
        kept,
      },
      calls: fix.plans.flatMap((p) => p.calls.map((c) => c.method)),
    };
  } finally {
    box.restore();
  }
}

describe("the same commands on both API generations", () => {
  it("list, tag, --tag env=prod, policy check, policy fix and a refused unset give the same neutral results", async () => {
    const seed = await sequence("2025-04");
    const today = await sequence("2026-08");
    expect(seed.shape).toBe("metadata_detailed");
    expect(today.shape).toBe("tags_v2");
    expect(today.neutral).toEqual(seed.neutral);
    // What the sequence shows, so that "equal" is not "equally empty".
    expect(seed.neutral.prod).toEqual(["alpha-web-golden"]);
    expect(seed.neutral.tagged).toContainEqual({ key: "env", value: "prod", read_only: false });
    expect(seed.neutral.checkExit).toBe(1);
    expect(seed.neutral.fixed.length).toBeGreaterThan(0);
    expect(seed.neutral.after).toContainEqual({ key: "cost_center", value: "unassigned", read_only: false });
    expect(seed.neutral.refusedExit).toBe(1);
    expect(seed.neutral.kept.some((t) => t.startsWith("owner="))).toBe(true);
    // Each generation's own tag write: POST /metadata in 2025-04, one PATCH per image in 2026-08.
    expect(new Set(seed.calls)).toEqual(new Set(["POST"]));
    expect(new Set(today.calls)).toEqual(new Set(["PATCH"]));
  });
});

describe("images list per generation", () => {
  it("2026-08 pages (--limit/--offset/--all) and filters by name, OS and architecture; 2025-04 refuses those flags, naming 2026-08", async () => {
    const box = sandbox({ GCORE_API_VERSION: "2026-08" });
    try {
      const all = await imgctlJson<{ count: number; results: AnyImage[] }>(["images", "list", "--all"]);
      expect(all.results.length).toBe(all.count);
      expect(all.count).toBeGreaterThan(2);
      const page = await imgctlJson<{ count: number; results: AnyImage[] }>([
        "images",
        "list",
        "--limit",
        "1",
        "--offset",
        "1",
      ]);
      expect(page.count).toBe(all.count);
      expect(page.results.map((i) => i.id)).toEqual([all.results[1]!.id]);
      const table = await imgctl(["images", "list", "--limit", "1"]);
      expect(table.stderr).toContain(`showing 1 of ${all.count} images; --all reads every page`);
      const named = await imgctlJson<{ results: AnyImage[] }>([
        "images",
        "list",
        "--name",
        "WEB-GOLD",
        "--architecture",
        "x86_64",
      ]);
      expect(named.results.map((i) => i.name)).toEqual(["alpha-web-golden"]);
      const owned = await imgctl(["images", "list", "--owned", "--tag", "env"]);
      expect(owned.code).toBe(2);
      expect(owned.stderr).toContain("--tag does not apply to --owned in API 2026-08");
      expect((await imgctl(["images", "list", "--limit", "0"])).code).toBe(2);
      expect((await imgctl(["images", "list", "--limit", "1001"])).code).toBe(2);
      // bare-metal lists filter by tag in the generation's names too (an unknown filter would list every image)
      const metal = async (...args: string[]) =>
        (await imgctlJson<{ results: AnyImage[] }>(["baremetal-images", "list", ...args])).results.map((i) => i.name);
      expect(await metal("--tag", "owner=team-metal")).toEqual(["alpha-bm-golden"]);
      expect(await metal("--tag", "nope")).toEqual([]);
      const shared = await imgctl(["shared-images", "get", "--entity-type", "client", "--entity-id", "1001"]);
      expect(shared.code).toBe(2);
      expect(shared.stderr).toContain("shared-images get exists in API 2025-04 only; this profile speaks 2026-08");
    } finally {
      box.restore();
    }
    const seed = sandbox();
    try {
      for (const flag of [["--name", "x"], ["--os-distro", "ubuntu"], ["--limit", "5"], ["--all"]]) {
        const r = await imgctl(["images", "list", ...flag]);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(`${flag[0]} exists in API 2026-08 only; this profile speaks 2025-04`);
      }
      expect(
        (await imgctlJson<{ results: AnyImage[] }>(["images", "list", "--tag", "env"])).results.length,
      ).toBeGreaterThan(0);
    } finally {
      seed.restore();
    }
  });
});
