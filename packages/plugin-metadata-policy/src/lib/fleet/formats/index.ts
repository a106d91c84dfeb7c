import type { EffectivePolicy } from "@imgctl/metadata-policy/engine";
import type { Format } from "../../formats/index.js";
import type { FleetDocument } from "./document.js";
import { renderFleetGithub } from "./github.js";
import { renderFleetJunit } from "./junit.js";
import { renderFleetMarkdown } from "./markdown.js";
import { renderFleetSarif } from "./sarif.js";
import { renderFleetTable } from "./table.js";

/** The final report of a fleet check in any format, from the compact document. */
export function renderFleet(doc: FleetDocument, format: Format, policy: EffectivePolicy, color = false): string {
  switch (format) {
    case "json":
      return JSON.stringify(doc, null, 2);
    case "sarif":
      return renderFleetSarif(doc, policy);
    case "junit":
      return renderFleetJunit(doc);
    case "github":
      return renderFleetGithub(doc);
    case "markdown":
      return renderFleetMarkdown(doc);
    case "table":
      return renderFleetTable(doc, color);
  }
}
