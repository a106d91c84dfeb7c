import { existsSync } from "node:fs";
import { Args, Flags } from "@oclif/core";
import { BaseCommand, EXIT } from "@imgctl/cli-core";
import { ExitCodeError } from "../../lib/exit-error.js";
import { findCaseDirs, readCase, runCase } from "@imgctl/metadata-policy";

const esc = (s: string) => s.replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c]!);

export default class PolicyTest extends BaseCommand<typeof PolicyTest> {
  static override summary = "Run policy fixtures (policy + image + optional write + expected findings); missing or unexpected findings fail";
  static override examples = ["<%= config.bin %> policy test policy-tests/", "<%= config.bin %> policy test policy-tests/ --format junit > policy-tests.xml"];
  static override args = { dir: Args.string({ description: "fixture directory (searched recursively)", default: "." }) };
  static override flags = { format: Flags.string({ char: "f", summary: "output format", options: ["table", "json", "junit"], default: "table" }) };

  async run(): Promise<void> {
    const dir = this.args.dir;
    if (!existsSync(dir)) throw new ExitCodeError(`no such directory: ${dir}`, EXIT.usage);
    const results = findCaseDirs(dir).map((d) => runCase(readCase(d, dir)));
    if (results.length === 0) throw new ExitCodeError(`no fixtures (directories with expected.yaml) under ${dir}`, EXIT.usage);
    const failed = results.filter((r) => !r.pass);
    const format = this.jsonEnabled() ? "json" : this.flags.format;
    if (format === "json") process.stdout.write(JSON.stringify({ schemaVersion: "1", passed: results.length - failed.length, failed: failed.length, results: results.map(({ name, pass, failures }) => ({ name, pass, failures })) }, null, 2) + "\n");
    else if (format === "junit")
      process.stdout.write(
        `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="policy-test" tests="${results.length}" failures="${failed.length}">\n  <testsuite name="${esc(dir)}" tests="${results.length}" failures="${failed.length}">\n${results.map((r) => `    <testcase name="${esc(r.name)}">${r.pass ? "" : `<failure message="${esc(r.failures[0]!)}">${esc(r.failures.join("\n"))}</failure>`}</testcase>`).join("\n")}\n  </testsuite>\n</testsuites>\n`,
      );
    else {
      for (const r of results) process.stdout.write(`${r.pass ? "ok  " : "FAIL"} ${r.name}\n${r.failures.map((f) => `       ${f}\n`).join("")}`);
      process.stdout.write(`${results.length - failed.length} passed, ${failed.length} failed\n`);
    }
    if (failed.length) this.exit(EXIT.failure);
  }

  protected override async catch(err: Error & { code?: string }): Promise<unknown> {
    if (err.code === "EEXIT") throw err;
    return super.catch(err);
  }
}
