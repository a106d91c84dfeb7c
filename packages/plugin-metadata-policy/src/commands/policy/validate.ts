import { Args } from "@oclif/core";
import { EXIT } from "@imgctl/cli-core";
import { renderReport } from "../../lib/formats/index.js";
import { PolicyCommand, policyFlags } from "../../lib/policy-command.js";
import { readPolicyFiles, resolvePolicyPaths } from "../../lib/policy-files.js";
import type { Report } from "../../lib/report.js";
import { validationReport } from "../../lib/validate.js";

export default class PolicyValidate extends PolicyCommand<typeof PolicyValidate> {
  static override summary = "check policy files: schema, regexes, ids, layers, waivers";
  static override description =
    "The files are layered together, as a command that uses them would. Exits 0 when valid, 2 when invalid.";
  static override examples = [
    "<%= config.bin %> <%= command.id %> org.yaml team.yaml",
    "<%= config.bin %> <%= command.id %> --format sarif -o policy.sarif org.yaml",
  ];
  static override strict = false;
  static override args = { files: Args.string({ description: "policy files (layered together)" }) };
  static override flags = { ...policyFlags };

  async run(): Promise<Report> {
    const files = [...this.argvValues, ...(this.pflags.policy ?? [])];
    const loaded = readPolicyFiles(resolvePolicyPaths(files, undefined), this.now);
    const report = validationReport(loaded);
    const text = () => {
      if (this.format !== "table") return renderReport(report, this.format);
      const lines = loaded.diagnostics.map(
        (d) => `${d.severity}: ${d.code}${d.source ? ` ${d.source}${d.line ? `:${d.line}` : ""}` : ""}: ${d.message}`,
      );
      const p = loaded.policy;
      if (p)
        lines.push(
          `valid: ${p.layers.length} file(s), ${p.rules.length} rules, ${p.waivers.length} waivers (${p.digest.slice(0, 19)}…)`,
        );
      return lines.join("\n");
    };
    return this.conclude(report, text, loaded.policy ? EXIT.ok : EXIT.usage);
  }
}
