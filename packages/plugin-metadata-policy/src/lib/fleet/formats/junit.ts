// The fleet as JUnit XML: a testsuite per pair, a testcase per image with findings (deny findings a <failure>,
// softer ones in <system-out>), and for a pair that could not be read one <error> testcase. Written suite by suite:
// a first pass over the findings counts what the <testsuites> element announces.
import { junitEnvelope, type JunitCase, type JunitSuite, suiteXml } from "../../formats/junit-xml.js";
import type { TextSink } from "../json-writer.js";
import type { FleetFinding, FleetReport, PairRow } from "./document.js";
import { isErrorRow } from "./document.js";

const imageName = (f: FleetFinding) => (f.imageName ? `${f.imageName} (${f.imageId ?? "-"})` : (f.imageId ?? "-"));
const imageKey = (f: FleetFinding) => f.imageId ?? f.imageName ?? "-";

function imageCase(findings: FleetFinding[]): JunitCase {
  const f0 = findings[0]!;
  const deny = findings.filter((f) => f.enforcement === "deny");
  const soft = findings.filter((f) => f.enforcement !== "deny");
  const c: JunitCase = { classname: `${f0.project}/${f0.region}`, name: imageName(f0) };
  if (deny.length)
    c.failure = {
      message: deny[0]!.message,
      type: deny[0]!.ruleId,
      text: deny.map((f) => `${f.ruleId} ${f.key ?? "-"}: ${f.message}`).join("\n"),
    };
  if (soft.length)
    c.systemOut = soft.map((f) => `${f.enforcement}: ${f.ruleId} ${f.key ?? "-"}: ${f.message}`).join("\n");
  return c;
}

function pairSuite(row: PairRow, findings: FleetFinding[]): JunitSuite {
  const name = `${row.project}/${row.region}`;
  if (isErrorRow(row)) {
    const text = `${row.error.status !== undefined ? `${row.error.status} ` : ""}${row.error.message}`;
    const c: JunitCase = {
      classname: name,
      name: "list images",
      error: { message: text, ...(row.error.code ? { type: row.error.code } : {}), text },
    };
    return { attributes: { name, tests: 1, failures: 0, errors: 1, skipped: 0 }, cases: [c] };
  }
  const byImage = new Map<string, FleetFinding[]>();
  for (const f of findings) {
    const list = byImage.get(imageKey(f));
    if (list) list.push(f);
    else byImage.set(imageKey(f), [f]);
  }
  const cases = [...byImage.values()].map(imageCase);
  const failures = cases.filter((c) => c.failure).length;
  return { attributes: { name, tests: cases.length, failures, errors: 0, skipped: 0, images: row.images }, cases };
}

/** Images with findings and images with a deny finding, over the fleet (the totals of <testsuites>). */
function totals(report: FleetReport): { tests: number; failures: number } {
  const images = new Set<string>();
  const failing = new Set<string>();
  for (const f of report.findings()) {
    const key = `${f.project}/${f.region}/${imageKey(f)}`;
    images.add(key);
    if (f.enforcement === "deny") failing.add(key);
  }
  return { tests: images.size, failures: failing.size };
}

export function writeFleetJunit(out: TextSink, report: FleetReport): void {
  const errors = report.pairs.filter(isErrorRow).length;
  const { tests, failures } = totals(report);
  const envelope = junitEnvelope({
    name: "metadata-policy fleet",
    tests: tests + errors,
    failures,
    errors,
    skipped: 0,
  });
  out.write(envelope.open);
  const findings = report.findings();
  let next = findings.next();
  report.pairs.forEach((row, i) => {
    // Findings come in the pairs' order: take this pair's off the front.
    const own: FleetFinding[] = [];
    while (!next.done && next.value.project === row.project && next.value.region === row.region) {
      own.push(next.value);
      next = findings.next();
    }
    out.write(`${i ? "\n" : ""}${suiteXml(pairSuite(row, own))}`);
  });
  out.write(`${envelope.close}\n`);
}
