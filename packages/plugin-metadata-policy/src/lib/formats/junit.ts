// JUnit XML of a report: a testsuite per image, a testcase per applicable rule. Deny findings are <failure>;
// warnings pass with details in <system-out> (JUnit has no warning state); waived findings are <skipped>.
import type { Report, ReportResult } from "../report.js";
import { junitXml, type JunitCase, type JunitSuite } from "./junit-xml.js";
import { imageLabel } from "./location.js";

function ruleCase(res: ReportResult, id: string): JunitCase {
  const hits = res.findings.filter((x) => x.ruleId === id);
  const waived = res.suppressed.filter((x) => x.ruleId === id);
  const deny = hits.filter((x) => x.enforcement === "deny");
  const soft = hits.filter((x) => x.enforcement !== "deny");
  const c: JunitCase = { classname: imageLabel(res.image), name: id };
  if (deny.length)
    c.failure = {
      message: deny[0]!.message,
      type: deny[0]!.reason,
      text: deny.map((x) => `${x.key ?? "-"}: ${x.message}`).join("\n"),
    };
  else if (!soft.length && waived.length)
    c.skipped = `waived by ${waived[0]!.suppressed!.waiverId} until ${waived[0]!.suppressed!.expires}`;
  if (soft.length) c.systemOut = soft.map((x) => `${x.enforcement}: ${x.key ?? "-"}: ${x.message}`).join("\n");
  return c;
}

function imageSuite(res: ReportResult): JunitSuite {
  const ids = [
    ...new Set([...res.applicable, ...res.findings.map((f) => f.ruleId), ...res.suppressed.map((f) => f.ruleId)]),
  ];
  const cases = ids.map((id) => ruleCase(res, id));
  const failures = cases.filter((c) => c.failure).length;
  const skipped = cases.filter((c) => c.skipped !== undefined).length;
  return { attributes: { name: imageLabel(res.image), tests: ids.length, failures, errors: 0, skipped }, cases };
}

export function renderJunit(report: Report): string {
  const suites = report.results.map(imageSuite);
  const sum = (k: string) => suites.reduce((n, s) => n + Number(s.attributes[k]), 0);
  return junitXml(
    {
      name: "metadata-policy",
      tests: sum("tests"),
      failures: sum("failures"),
      errors: report.errors.length,
      skipped: sum("skipped"),
    },
    suites,
  );
}
