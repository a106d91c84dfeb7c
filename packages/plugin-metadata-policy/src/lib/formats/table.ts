// Human output: one row per finding, then a summary line.
import { renderTable } from "@imgctl/cli-core";
import type { Report, ReportFinding, ReportResult } from "../report.js";
import { imageLabel } from "./location.js";

export function renderReportTable(report: Report, color = false): string {
  const rows = report.results.flatMap((r) => [...r.findings, ...r.suppressed].map((f) => ({ r, f })));
  const out: string[] = [];
  for (const d of report.diagnostics)
    out.push(`${d.severity}: ${d.code}${d.source ? ` ${d.source}${d.line ? `:${d.line}` : ""}` : ""}: ${d.message}`);
  if (rows.length)
    out.push(
      renderTable<{ r: ReportResult; f: ReportFinding }>(
        rows,
        [
          { header: "image", get: ({ r }) => imageLabel(r.image) },
          { header: "level", get: ({ f }) => (f.suppressed ? `waived:${f.suppressed.waiverId}` : f.enforcement) },
          { header: "rule", get: ({ f }) => f.ruleId },
          { header: "key", get: ({ f }) => f.key },
          { header: "reason", get: ({ f }) => f.reason },
          { header: "message", get: ({ f }) => f.message },
        ],
        { color },
      ),
    );
  const s = report.summary;
  if (report.waivers.unused.length)
    out.push(`warning: waiver/unused: ${report.waivers.unused.join(", ")} matched nothing`);
  for (const e of report.errors) out.push(`error: ${e.image ? `${e.image}: ` : ""}${e.message}`);
  out.push(
    `${s.images} images: ${s.fail} fail, ${s.warn} warn, ${s.pass} pass; ${s.findings} findings, ${s.suppressed} suppressed, ${s.unfixable} unfixable${report.truncated ? ` (output truncated, ${report.totalFindings} in total)` : ""}${skippedNote(s.skippedPublic)}`,
  );
  return out.join("\n");
}

export const skippedNote = (n: number) =>
  n > 0 ? `; ${n} public images of other projects skipped (--include-public checks them)` : "";
