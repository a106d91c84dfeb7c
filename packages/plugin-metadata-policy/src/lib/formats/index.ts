import type { Report } from "../report.js";
import { renderGithub } from "./github.js";
import { renderJson } from "./json.js";
import { renderJunit } from "./junit.js";
import { renderMarkdown } from "./markdown.js";
import { renderSarif, type SarifOptions } from "./sarif.js";
import { renderReportTable } from "./table.js";

export const FORMATS = ["table", "json", "sarif", "junit", "github", "markdown"] as const;
export type Format = (typeof FORMATS)[number];

export function renderReport(report: Report, format: Format, opts: SarifOptions & { color?: boolean } = {}): string {
  switch (format) {
    case "json":
      return renderJson(report);
    case "sarif":
      return renderSarif(report, opts);
    case "junit":
      return renderJunit(report);
    case "github":
      return renderGithub(report);
    case "markdown":
      return renderMarkdown(report);
    case "table":
      return renderReportTable(report, opts.color);
  }
}
