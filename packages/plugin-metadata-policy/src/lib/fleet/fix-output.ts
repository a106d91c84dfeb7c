// The report of a fleet fix: a row per pair (images, changing, applied, unfixable — or its error), the plans with
// their project and region, the totals, and the exit code they give.
import { EXIT } from "@imgctl/cli-core";
import type { FixPlan } from "@imgctl/metadata-policy/engine";
import { planText } from "../fix.js";
import { changes, denyUnfixable } from "./fix-pair.js";
import type { FixOutcome } from "./fix-run.js";

type FixRow =
  | { project: number; region: number; images: number; changing: number; applied: number; unfixable: number }
  | { project: number; region: number; error: { status?: number; code?: string; message: string } };

export interface FleetFixDocument {
  schemaVersion: "1";
  kind: "fleet-fix";
  dryRun: boolean;
  summary: {
    pairs: number;
    pairsFailed: number;
    images: number;
    changing: number;
    applied: number;
    unfixable: number;
    exitCode: number;
  };
  pairs: FixRow[];
  plans: Array<{ project: number; region: number } & FixPlan>;
}

function row(o: FixOutcome): FixRow {
  if (o.type === "error") return { project: o.project, region: o.region, error: o.error };
  const plans = o.plans ?? [];
  const fixed = o.type === "fixed";
  return {
    project: o.project,
    region: o.region,
    images: o.images,
    changing: fixed ? o.changed.length : plans.filter(changes).length,
    applied: fixed ? o.changed.length : 0,
    unfixable: fixed ? o.unfixable : plans.reduce((n, p) => n + denyUnfixable(p), 0),
  };
}

export function fleetFixDocument(outcomes: FixOutcome[], dryRun: boolean): FleetFixDocument {
  const pairs = outcomes.map(row);
  const sum = (k: "images" | "changing" | "applied" | "unfixable") =>
    pairs.reduce((n, r) => n + ("error" in r ? 0 : r[k]), 0);
  const pairsFailed = pairs.filter((r) => "error" in r).length;
  const summary = {
    pairs: pairs.length,
    pairsFailed,
    images: sum("images"),
    changing: sum("changing"),
    applied: sum("applied"),
    unfixable: sum("unfixable"),
    exitCode: EXIT.ok as number,
  };
  // 4 when a pair could not be read or fixed; 1 when a dry run would change something or deny findings remain.
  const pending = summary.changing - summary.applied;
  summary.exitCode = pairsFailed
    ? EXIT.incomplete
    : summary.unfixable > 0 || (dryRun && pending > 0)
      ? EXIT.failure
      : EXIT.ok;
  const plans = outcomes.flatMap((o) =>
    o.type === "error" ? [] : (o.plans ?? []).map((p) => ({ project: o.project, region: o.region, ...p })),
  );
  return { schemaVersion: "1", kind: "fleet-fix", dryRun, summary, pairs, plans };
}

export function fleetFixText(doc: FleetFixDocument, outcomes: FixOutcome[]): string {
  const out: string[] = [];
  for (const o of outcomes) {
    if (o.type === "error")
      out.push(`${o.project}/${o.region}: error: ${o.error.status ?? ""} ${o.error.message}`.replace("  ", " "));
    // planText's last line counts the plans it was given, not the pair's images: the fleet total replaces it.
    else if (o.plans?.length)
      out.push(
        `${o.project}/${o.region}:`,
        ...planText(o.plans)
          .split("\n")
          .slice(0, -1)
          .map((l) => `  ${l}`),
      );
    else if (o.type === "fixed" && o.changed.length)
      out.push(`${o.project}/${o.region}: ${o.changed.length} images fixed by an earlier run`);
  }
  const s = doc.summary;
  out.push(
    `${s.pairs} pairs${s.pairsFailed ? ` (${s.pairsFailed} failed: scan incomplete)` : ""}: ${s.changing} of ${s.images} images need changes, ${s.unfixable} unfixable deny findings${s.applied ? `; applied to ${s.applied} images` : ""}`,
  );
  return out.join("\n");
}
