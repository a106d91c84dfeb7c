// The fleet as a Markdown comment: a verdict heading, the totals, a row per pair, then a row per finding.
import type { FleetReport } from "./document.js";
import { isErrorRow } from "./document.js";

const cell = (s: string | null) => (s ?? "–").replace(/\|/g, "\\|").replace(/\n/g, " ");
const FINDING: Record<string, string> = { deny: "❌ fail", warn: "⚠️ warn", audit: "📝 audit", off: "off" };

export function renderFleetMarkdown(doc: FleetReport): string {
  const s = doc.summary;
  const verdict =
    s.pairsFailed > 0 ? "⛔ incomplete" : s.fail > 0 ? "❌ failing" : s.warn > 0 ? "⚠️ warnings" : "✅ passing";
  const out = [
    `### Metadata policy (fleet): ${verdict}`,
    "",
    `${s.pairs} pairs · ${s.pairsFailed} failed · ${s.images} images · ${s.fail} fail · ${s.warn} warn · ${s.pass} pass · ${s.findings} findings · ${s.suppressed} suppressed (policy \`${doc.digest.slice(0, 19)}…\`)`,
    "",
    "| Project | Region | Images | Fail | Warn | Pass | Error |",
    "|---|---|---|---|---|---|---|",
  ];
  for (const r of doc.pairs)
    out.push(
      isErrorRow(r)
        ? `| ${r.project} | ${r.region} | – | – | – | – | ${cell(`${r.error.status ?? ""} ${r.error.message}`.trim())} |`
        : `| ${r.project} | ${r.region} | ${r.images} | ${r.fail} | ${r.warn} | ${r.pass} | |`,
    );
  const findings = [...doc.findings()];
  if (findings.length) {
    out.push("", "| Level | Project/Region | Image | Rule | Key | Message |", "|---|---|---|---|---|---|");
    for (const f of findings)
      out.push(
        `| ${FINDING[f.enforcement] ?? f.enforcement} | ${f.project}/${f.region} | ${cell(f.imageName ? `${f.imageName} (${f.imageId ?? "-"})` : f.imageId)} | \`${cell(f.ruleId)}\` | ${cell(f.key)} | ${cell(f.message)} |`,
      );
  }
  if (doc.truncated) out.push("", `_Output truncated: ${s.findings} findings in total._`);
  return out.join("\n");
}
