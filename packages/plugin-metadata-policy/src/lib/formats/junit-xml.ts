// The one JUnit XML writer, for `policy check --format junit` (a suite per image) and `policy test --format junit`
// (a suite of fixture cases). Attributes are written in the order given; JUnit has no warning state, so soft
// findings go to <system-out>.

export interface JunitCase {
  name: string;
  classname?: string;
  failure?: { message: string; type?: string; text: string };
  /** The case could not run (a fleet pair that could not be read). */
  error?: { message: string; type?: string; text: string };
  skipped?: string;
  systemOut?: string;
}

export interface JunitSuite {
  /** name first, then counters such as tests, failures, errors, skipped. */
  attributes: Record<string, string | number>;
  cases: JunitCase[];
}

const esc = (s: string) =>
  s
    .replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
const attrs = (a: Record<string, string | number>) =>
  Object.entries(a)
    .map(([k, v]) => ` ${k}="${typeof v === "number" ? v : esc(v)}"`)
    .join("");

function testcase(c: JunitCase): string {
  let body = "";
  if (c.failure)
    body += `<failure message="${esc(c.failure.message)}"${c.failure.type !== undefined ? ` type="${esc(c.failure.type)}"` : ""}>${esc(c.failure.text)}</failure>`;
  else if (c.error)
    body += `<error message="${esc(c.error.message)}"${c.error.type !== undefined ? ` type="${esc(c.error.type)}"` : ""}>${esc(c.error.text)}</error>`;
  else if (c.skipped !== undefined) body += `<skipped message="${esc(c.skipped)}"/>`;
  if (c.systemOut) body += `<system-out>${esc(c.systemOut)}</system-out>`;
  return `    <testcase${attrs({ ...(c.classname !== undefined ? { classname: c.classname } : {}), name: c.name })}>${body}</testcase>`;
}

/** One <testsuite> element (a large report is written suite by suite). */
export const suiteXml = (s: JunitSuite) =>
  `  <testsuite${attrs(s.attributes)}>\n${s.cases.map(testcase).join("\n")}\n  </testsuite>`;

/** The document around the suites: what comes before the first and after the last. */
export const junitEnvelope = (attributes: Record<string, string | number>) => ({
  open: `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${attrs(attributes)}>\n`,
  close: "\n</testsuites>",
});

export function junitXml(attributes: Record<string, string | number>, suites: JunitSuite[]): string {
  const { open, close } = junitEnvelope(attributes);
  return `${open}${suites.map(suiteXml).join("\n")}${close}`;
}
