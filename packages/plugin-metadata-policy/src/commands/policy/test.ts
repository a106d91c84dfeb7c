import { existsSync } from "node:fs";
import { Args } from "@oclif/core";
import { EXIT } from "@imgctl/cli-core";
import { findCaseDirs, readCase, runCase } from "@imgctl/metadata-policy";
import { ExitCodeError } from "../../lib/exit-error.js";
import { formatFlag } from "../../lib/flags.js";
import { junitXml } from "../../lib/formats/junit-xml.js";
import { ResultCommand } from "../../lib/result-command.js";

interface TestRun {
  schemaVersion: "1";
  passed: number;
  failed: number;
  results: Array<{ name: string; pass: boolean; failures: string[] }>;
}

export default class PolicyTest extends ResultCommand<typeof PolicyTest> {
  static override summary = "run policy fixtures (policy, image, optional write, expected findings)";
  static override description =
    "Every directory with an expected.yaml is a case; a missing or an unexpected finding fails it. Exits 1 when a case fails.";
  static override examples = [
    "<%= config.bin %> <%= command.id %> policy-tests/",
    "<%= config.bin %> <%= command.id %> policy-tests/ --format junit > policy-tests.xml",
  ];
  static override args = {
    dir: Args.string({ description: "fixture directory (searched recursively)", default: "." }),
  };
  static override flags = { format: formatFlag(["table", "json", "junit"]) };

  async run(): Promise<TestRun> {
    const dir = this.args.dir;
    if (!existsSync(dir)) throw new ExitCodeError(`no such directory: ${dir}`, EXIT.usage);
    const results = findCaseDirs(dir).map((d) => runCase(readCase(d, dir)));
    if (results.length === 0)
      throw new ExitCodeError(`no fixtures (directories with expected.yaml) under ${dir}`, EXIT.usage);
    const failed = results.filter((r) => !r.pass);
    const run: TestRun = {
      schemaVersion: "1",
      passed: results.length - failed.length,
      failed: failed.length,
      results: results.map(({ name, pass, failures }) => ({ name, pass, failures })),
    };
    const text = () => {
      if (this.flags.format === "json") return JSON.stringify(run, null, 2);
      if (this.flags.format === "junit") {
        const cases = results.map((r) => ({
          name: r.name,
          ...(r.pass ? {} : { failure: { message: r.failures[0]!, text: r.failures.join("\n") } }),
        }));
        return junitXml({ name: "policy-test", tests: results.length, failures: failed.length }, [
          { attributes: { name: dir, tests: results.length, failures: failed.length }, cases },
        ]);
      }
      return (
        results
          .map((r) => `${r.pass ? "ok  " : "FAIL"} ${r.name}\n${r.failures.map((f) => `       ${f}\n`).join("")}`)
          .join("") + `${run.passed} passed, ${run.failed} failed`
      );
    };
    return this.conclude(run, text, failed.length ? EXIT.failure : EXIT.ok);
  }

  protected override async catch(err: Error & { code?: string }): Promise<unknown> {
    if (err.code === "EEXIT") throw err;
    return super.catch(err);
  }
}
