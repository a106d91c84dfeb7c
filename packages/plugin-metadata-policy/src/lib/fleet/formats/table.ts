// The fleet as a table: a row per pair (its counts, or its error), then the totals.
import { renderTable } from "@imgctl/cli-core";
import type { FleetReport, PairRow } from "./document.js";
import { isErrorRow } from "./document.js";
import { skippedNote } from "../../formats/table.js";

export function renderFleetTable(doc: FleetReport, color = false): string {
  const count = (r: PairRow, get: (r: Exclude<PairRow, { error: unknown }>) => number) =>
    isErrorRow(r) ? "-" : String(get(r));
  const table = renderTable<PairRow>(
    doc.pairs,
    [
      { header: "project", get: (r) => String(r.project) },
      { header: "region", get: (r) => String(r.region) },
      { header: "images", get: (r) => count(r, (p) => p.images) },
      { header: "fail", get: (r) => count(r, (p) => p.fail) },
      { header: "warn", get: (r) => count(r, (p) => p.warn) },
      { header: "pass", get: (r) => count(r, (p) => p.pass) },
      {
        header: "findings or error",
        get: (r) =>
          isErrorRow(r)
            ? `error: ${r.error.status !== undefined ? `${r.error.status} ` : ""}${r.error.message}`
            : String(doc.findingCount(r)),
      },
    ],
    { color },
  );
  const s = doc.summary;
  const failed = s.pairsFailed ? `, ${s.pairsFailed} failed (scan incomplete)` : "";
  return `${table}\n${s.pairs} pairs: ${s.pairsDone} scanned${failed}; ${s.images} images: ${s.fail} fail, ${s.warn} warn, ${s.pass} pass; ${s.findings} findings, ${s.suppressed} suppressed${skippedNote(s.skippedPublic)}`;
}
