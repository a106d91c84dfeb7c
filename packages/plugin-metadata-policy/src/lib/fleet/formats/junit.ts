// The fleet as JUnit XML: a testsuite per pair, a testcase per image with findings (deny findings a <failure>,
// softer ones in <system-out>), and for a pair that could not be read one <error> testcase.
import { junitXml, type JunitCase, type JunitSuite } from "../../formats/junit-xml.js";
import type { FleetDocument, FleetFinding, PairRow } from "./document.js";
import { isErrorRow } from "./document.js";

function imageCase(findings: FleetFinding[]): JunitCase {
  const f0 = findings[0]!;
  const deny = findings.filter((f) => f.enforcement === "deny");
  const soft = findings.filter((f) => f.enforcement !== "deny");
  const c: JunitCase = {
    classname: `${f0.project}/${f0.region}`,
    name: f0.imageName ? `${f0.imageName} (${f0.imageId ?? "-"})` : (f0.imageId ?? "-"),
  };
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
    const id = f.imageId ?? f.imageName ?? "-";
    byImage.set(id, [...(byImage.get(id) ?? []), f]);
  }
  const cases = [...byImage.values()].map(imageCase);
  const failures = cases.filter((c) => c.failure).length;
  return { attributes: { name, tests: cases.length, failures, errors: 0, skipped: 0, images: row.images }, cases };
}

export function renderFleetJunit(doc: FleetDocument): string {
  const byPair = new Map<string, FleetFinding[]>();
  for (const f of doc.findings) {
    const key = `${f.project}/${f.region}`;
    const list = byPair.get(key);
    if (list) list.push(f);
    else byPair.set(key, [f]);
  }
  const suites = doc.pairs.map((row) => pairSuite(row, byPair.get(`${row.project}/${row.region}`) ?? []));
  const sum = (k: string) => suites.reduce((n, s) => n + Number(s.attributes[k]), 0);
  return junitXml(
    {
      name: "metadata-policy fleet",
      tests: sum("tests"),
      failures: sum("failures"),
      errors: sum("errors"),
      skipped: 0,
    },
    suites,
  );
}
