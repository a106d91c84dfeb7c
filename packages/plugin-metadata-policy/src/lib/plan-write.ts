// `policy plan-write`: the middleware's engine on a planned write, without sending it.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { MetadataWriteOperationId } from "@imgctl/types";
import { WRITE_OPERATION, type WriteDecision } from "@imgctl/metadata-policy/engine";
import { EXIT } from "@imgctl/cli-core";
import { ExitCodeError } from "./exit-error.js";

/** The spec operation a `--method` names: the metadata endpoints' methods, and PATCH of the image. */
const METHOD_OPERATION: Record<string, MetadataWriteOperationId> = {
  POST: "imageMetadataMerge",
  PUT: "imageMetadataReplace",
  DELETE: "imageMetadataItemDelete",
  PATCH: "imagesUpdate",
};
/** The spec operation an `--operation` (the engine's name for what a write does) names. */
const NAMED_OPERATION = Object.fromEntries(
  Object.entries(WRITE_OPERATION).map(([id, op]) => [op, id as MetadataWriteOperationId]),
);

export function operationIdOf(method: string | undefined, operation: string | undefined): MetadataWriteOperationId {
  const id = operation ? NAMED_OPERATION[operation] : method ? METHOD_OPERATION[method.toUpperCase()] : undefined;
  if (!id)
    throw new ExitCodeError(
      "pass --method POST|PUT|DELETE|PATCH or --operation merge|replace|delete|update|create",
      EXIT.usage,
    );
  return id;
}

/** The body as written; `null` (a 2026-08 merge patch that clears every user tag) is kept, not read as "no body". */
export function readBody(
  file: string | undefined,
  pairs: Array<{ key: string; value: string }> | undefined,
): Record<string, unknown> | null | undefined {
  if (file) {
    try {
      return parse(readFileSync(file === "-" ? 0 : file, "utf8")) as Record<string, unknown> | null;
    } catch (e) {
      throw new ExitCodeError(`--body ${file}: ${(e as Error).message.split("\n")[0]}`, EXIT.usage);
    }
  }
  if (pairs) return Object.fromEntries(pairs.map((p) => [p.key, p.value]));
  return undefined;
}

export function decisionText(d: WriteDecision): string {
  const capped = d.decision === "allow" && d.wouldDeny ? "; enforcing would deny" : "";
  const lines = [
    `decision: ${d.decision} (scope ${d.writeScope}, ${d.operation.operation}${d.operation.imageId ? ` on ${d.operation.imageId}` : ""}${capped})`,
  ];
  const api = (f: WriteDecision["findings"][number]) => (f.apiRefuses ? " (the API refuses this write too)" : "");
  if (d.diff.length) {
    lines.push("diff:");
    for (const o of d.diff)
      lines.push(
        `  ${o.op === "add" ? "+" : o.op === "remove" ? "-" : "~"} ${o.key}${o.from !== undefined ? ` ${JSON.stringify(o.from)}` : ""}${o.to !== undefined ? ` → ${JSON.stringify(o.to)}` : ""}`,
      );
  } else lines.push("diff: (no change)");
  for (const f of d.findings)
    lines.push(
      `  ${f.enforcement.toUpperCase()} ${f.ruleId}${f.key !== null ? ` [${f.key}]` : ""}: ${f.message}${api(f)}${f.introduced ? "" : " (existing)"}`,
    );
  for (const f of d.warnings)
    lines.push(
      `  ${f.enforcement} ${f.ruleId}${f.key !== null ? ` [${f.key}]` : ""}: ${f.message}${api(f)}${f.introduced ? "" : " (existing, not blocking)"}`,
    );
  for (const f of d.suppressed)
    lines.push(`  waived ${f.ruleId}${f.key !== null ? ` [${f.key}]` : ""} by ${f.suppressed?.waiverId}`);
  return lines.join("\n");
}

/** The JSON form (the decision object), without the full before/after evaluations. */
export function decisionJson(d: WriteDecision) {
  const { before: _b, after: _a, state: _s, ...rest } = d;
  return { schemaVersion: "1", ...rest };
}
