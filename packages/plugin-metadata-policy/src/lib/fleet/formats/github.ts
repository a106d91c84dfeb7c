// The fleet as GitHub Actions workflow commands: an annotation per finding, an error per pair that could not be
// read, and the totals.
import type { FleetReport } from "./document.js";
import { isErrorRow } from "./document.js";

const LEVEL: Record<string, string> = { deny: "error", warn: "warning", audit: "notice" };
const data = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const prop = (s: string) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

export function renderFleetGithub(doc: FleetReport): string {
  const lines: string[] = [];
  for (const row of doc.pairs)
    if (isErrorRow(row))
      lines.push(
        `::error title=${prop(`scan ${row.project}/${row.region}`)}::${data(`${row.project}/${row.region} could not be read: ${row.error.message}`)}`,
      );
  for (const f of doc.findings()) {
    const level = LEVEL[f.enforcement];
    const image = `${f.project}/${f.region} ${f.imageName ?? f.imageId ?? "-"}`;
    if (level) lines.push(`::${level} title=${prop(`${f.ruleId} (${image})`)}::${data(`${image}: ${f.message}`)}`);
  }
  const s = doc.summary;
  lines.push(
    `metadata-policy: ${s.pairs} pairs (${s.pairsFailed} failed), ${s.images} images, ${s.fail} fail, ${s.warn} warn, ${s.pass} pass, ${s.findings} findings, ${s.suppressed} suppressed`,
  );
  return lines.join("\n");
}
