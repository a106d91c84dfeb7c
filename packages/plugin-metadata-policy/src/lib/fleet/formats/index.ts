import type { EffectivePolicy } from "@imgctl/metadata-policy/engine";
import type { Format } from "../../formats/index.js";
import { type TextSink, writeJsonWithItems } from "../json-writer.js";
import type { FleetReport } from "./document.js";
import { renderFleetGithub } from "./github.js";
import { writeFleetJunit } from "./junit.js";
import { renderFleetMarkdown } from "./markdown.js";
import { writeFleetSarif } from "./sarif.js";
import { renderFleetTable } from "./table.js";

/** Writes the final report of a fleet check in any format; JSON and SARIF a finding at a time. */
export function writeFleet(
  out: TextSink,
  report: FleetReport,
  format: Format,
  policy: EffectivePolicy,
  color = false,
): void {
  switch (format) {
    case "json":
      return writeJsonWithItems(out, report.skeleton(), report.findings());
    case "sarif":
      return writeFleetSarif(out, report, policy);
    case "junit":
      return writeFleetJunit(out, report);
    case "github":
      return out.write(`${renderFleetGithub(report)}\n`);
    case "markdown":
      return out.write(`${renderFleetMarkdown(report)}\n`);
    case "table":
      return out.write(`${renderFleetTable(report, color)}\n`);
  }
}
