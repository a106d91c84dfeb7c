import type { EffectivePolicy } from "@imgctl/metadata-policy/engine";
import type { Format } from "../../formats/index.js";
import { type TextSink, writeJsonWithItems } from "../json-writer.js";
import type { FleetReport } from "./document.js";
import { renderFleetGithub } from "./github.js";
import { writeFleetJunit } from "./junit.js";
import { renderFleetMarkdown } from "./markdown.js";
import { writeFleetSarif } from "./sarif.js";
import { renderFleetTable } from "./table.js";

type Writer = (out: TextSink, report: FleetReport, policy: EffectivePolicy, color: boolean) => void;

const WRITERS: Record<Format, Writer> = {
  json: (out, report) => writeJsonWithItems(out, report.skeleton(), report.findings()),
  sarif: (out, report, policy) => writeFleetSarif(out, report, policy),
  junit: (out, report) => writeFleetJunit(out, report),
  github: (out, report) => out.write(`${renderFleetGithub(report)}\n`),
  markdown: (out, report) => out.write(`${renderFleetMarkdown(report)}\n`),
  table: (out, report, _policy, color) => out.write(`${renderFleetTable(report, color)}\n`),
};

/** Writes the final report of a fleet check in any format; JSON, SARIF and JUnit a finding at a time. */
export function writeFleet(
  out: TextSink,
  report: FleetReport,
  format: Format,
  policy: EffectivePolicy,
  color = false,
): void {
  WRITERS[format](out, report, policy, color);
}
