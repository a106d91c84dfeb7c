// JUnit XML: a testsuite per image, a testcase per applicable rule. Deny findings are <failure>; warnings pass with
// details in <system-out> (JUnit has no warning state [S57]); waived findings are <skipped>.
import type { Report } from "../report.js";
import { imageLabel } from "./location.js";

const esc = (s: string) => s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

export function renderJunit(report: Report): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const res of report.results) {
    const ids = [...new Set([...res.applicable, ...res.findings.map((f) => f.ruleId), ...res.suppressed.map((f) => f.ruleId)])];
    const cases: string[] = [];
    let f = 0;
    let s = 0;
    for (const id of ids) {
      const hits = res.findings.filter((x) => x.ruleId === id);
      const waived = res.suppressed.filter((x) => x.ruleId === id);
      const deny = hits.filter((x) => x.enforcement === "deny");
      const soft = hits.filter((x) => x.enforcement !== "deny");
      let body = "";
      if (deny.length) {
        f++;
        body += `<failure message="${esc(deny[0]!.message)}" type="${esc(deny[0]!.reason)}">${esc(deny.map((x) => `${x.key ?? "-"}: ${x.message}`).join("\n"))}</failure>`;
      } else if (!soft.length && waived.length) {
        s++;
        body += `<skipped message="${esc(`waived by ${waived[0]!.suppressed!.waiverId} until ${waived[0]!.suppressed!.expires}`)}"/>`;
      }
      if (soft.length) body += `<system-out>${esc(soft.map((x) => `${x.enforcement}: ${x.key ?? "-"}: ${x.message}`).join("\n"))}</system-out>`;
      cases.push(`    <testcase classname="${esc(imageLabel(res.image))}" name="${esc(id)}">${body}</testcase>`);
    }
    tests += ids.length;
    failures += f;
    skipped += s;
    suites.push(`  <testsuite name="${esc(imageLabel(res.image))}" tests="${ids.length}" failures="${f}" errors="0" skipped="${s}">\n${cases.join("\n")}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="metadata-policy" tests="${tests}" failures="${failures}" errors="${report.errors.length}" skipped="${skipped}">\n${suites.join("\n")}\n</testsuites>`;
}
