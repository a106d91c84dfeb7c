// A pull-request comment: summary line and one table row per finding.
import type { Report } from "../report.js";
import { imageLabel } from "./location.js";
import { skippedNote } from "./table.js";

const cell = (s: string | null) => (s ?? "–").replace(/\|/g, "\\|").replace(/\n/g, " ");
/** Each row is marked by its own finding's level (not the image's verdict), so a warning on a failing image reads as one. */
const FINDING: Record<string, string> = { deny: "❌ fail", warn: "⚠️ warn", audit: "📝 audit", off: "off" };

export function renderMarkdown(report: Report): string {
  const s = report.summary;
  const out = [
    `### Metadata policy: ${s.fail > 0 ? "❌ failing" : s.warn > 0 ? "⚠️ warnings" : "✅ passing"}`,
    "",
    `${s.images} images · ${s.fail} fail · ${s.warn} warn · ${s.pass} pass · ${s.findings} findings · ${s.suppressed} suppressed${skippedNote(s.skippedPublic)} (policy \`${report.policy.digest.slice(0, 19)}…\`)`,
    "",
  ];
  const rows = report.results.flatMap((r) => [...r.findings, ...r.suppressed].map((f) => ({ r, f })));
  if (rows.length) {
    out.push("| Level | Image | Rule | Key | Reason | Message |", "|---|---|---|---|---|---|");
    for (const { r, f } of rows)
      out.push(
        `| ${f.suppressed ? `💤 waived (${cell(f.suppressed.waiverId)})` : (FINDING[f.enforcement] ?? f.enforcement)} | ${cell(imageLabel(r.image))} | \`${cell(f.ruleId)}\` | ${cell(f.key)} | ${cell(f.reason)} | ${cell(f.message)} |`,
      );
  }
  for (const d of report.diagnostics)
    out.push(
      `- **${d.severity}** \`${d.code}\`${d.source ? ` (${d.source}${d.line ? `:${d.line}` : ""})` : ""}: ${cell(d.message)}`,
    );
  if (report.waivers.unused.length)
    out.push("", `Unused waivers: ${report.waivers.unused.map((w) => `\`${w}\``).join(", ")}`);
  if (report.waivers.expired.length)
    out.push("", `Expired waivers: ${report.waivers.expired.map((w) => `\`${w}\``).join(", ")}`);
  if (report.truncated) out.push("", `_Output truncated: ${report.totalFindings} findings in total._`);
  return out.join("\n");
}
