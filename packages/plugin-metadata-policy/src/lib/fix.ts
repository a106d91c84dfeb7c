// `policy fix`: plans per image, a safety limit, and applying the merge-first calls through the client.
import type { ImagesClient } from "@imgctl/client";
import { planFix } from "@imgctl/metadata-policy/engine";
import type { EffectivePolicy, Enforcement, FixPlan, FixStrategy, ImageContext } from "@imgctl/metadata-policy/engine";
import { patchTags } from "./generation.js";

export function planAll(
  policy: EffectivePolicy,
  images: ImageContext[],
  opts: { now: Date; ceiling?: Enforcement; strategy: FixStrategy },
): FixPlan[] {
  return images.map((image) =>
    planFix(policy, image, {
      now: opts.now,
      strategy: opts.strategy,
      ...(opts.ceiling ? { ceiling: opts.ceiling } : {}),
    }),
  );
}

export function planText(plans: FixPlan[]): string {
  const lines: string[] = [];
  for (const p of plans) {
    if (!p.operations.length && !p.unfixable.length) continue;
    lines.push(`${p.image.name ?? "-"} (${p.image.id ?? "-"}):`);
    for (const o of p.operations)
      lines.push(
        `  ${o.op === "add" ? "+" : o.op === "remove" ? "-" : "~"} ${o.op} ${o.key}${o.to ? ` → ${o.to}` : ""}${o.value !== undefined && o.op !== "rename" ? ` = ${JSON.stringify(o.value)}` : ""}  (${o.ruleId}: ${o.reason})`,
      );
    for (const c of p.calls)
      lines.push(
        `    ${c.method} .../${c.path}${c.query ? `?key=${c.query.key}` : ""}${c.body ? ` ${JSON.stringify(c.body)}` : ""}${c.tags ? ` ${JSON.stringify({ tags: c.tags })}` : ""}`,
      );
    for (const u of p.unfixable)
      lines.push(
        `  ! unfixable ${u.ruleId}${u.key !== null ? ` [${u.key}]` : ""}: ${u.message}${u.readOnly ? " (read-only item)" : ""}`,
      );
  }
  const touched = plans.filter((p) => p.operations.length).length;
  const unfixable = plans.reduce((n, p) => n + p.unfixable.length, 0);
  lines.push(
    `${touched} of ${plans.length} images need changes (${plans.reduce((n, p) => n + p.operations.length, 0)} operations); ${unfixable} unfixable findings`,
  );
  return lines.join("\n");
}

/** Applies one image's calls in order (POST before DELETE: a rename never loses the value on a partial failure; a
 * PATCH does a rename in one request). */
export async function applyPlan(
  client: ImagesClient,
  plan: FixPlan,
  scope: { project_id: number; region_id: number },
): Promise<void> {
  const id = plan.image.id!;
  for (const call of plan.calls) {
    if (call.method === "POST") await client.images.metadata.merge(id, call.body ?? {}, scope);
    else if (call.method === "PUT") await client.images.metadata.replace(id, call.body ?? {}, scope);
    else if (call.method === "PATCH") await patchTags(client, id, call.tags ?? {}, scope);
    else await client.images.metadata.delete(id, call.query!.key!, scope);
  }
}
