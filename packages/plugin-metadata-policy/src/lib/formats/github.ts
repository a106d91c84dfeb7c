// GitHub Actions workflow commands (::error / ::warning / ::notice), as c7n-left and conftest emit.
import type { Report } from "../report.js";
import { imageLabel } from "./location.js";

const LEVEL: Record<string, string> = { deny: "error", warn: "warning", audit: "notice" };
const data = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const prop = (s: string) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

export function renderGithub(report: Report): string {
  const lines: string[] = [];
  for (const d of report.diagnostics)
    lines.push(
      `::${d.severity === "error" ? "error" : "warning"} ${d.source ? `file=${prop(d.source)},${d.line ? `line=${d.line},` : ""}` : ""}title=${prop(d.code)}::${data(d.message)}`,
    );
  for (const res of report.results)
    for (const f of res.findings) {
      const level = LEVEL[f.enforcement];
      if (level)
        lines.push(
          `::${level} title=${prop(`${f.ruleId} (${imageLabel(res.image)})`)}::${data(`${imageLabel(res.image)}: ${f.message}`)}`,
        );
    }
  const s = report.summary;
  lines.push(
    `metadata-policy: ${s.images} images, ${s.fail} fail, ${s.warn} warn, ${s.pass} pass, ${s.findings} findings, ${s.suppressed} suppressed`,
  );
  return lines.join("\n");
}
