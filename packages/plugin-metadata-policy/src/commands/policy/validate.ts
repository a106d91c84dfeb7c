import { Args } from "@oclif/core";
import { EXIT } from "@imgctl/cli-core";
import { renderReport } from "../../lib/formats/index.js";
import { PolicyCommand, policyFlags } from "../../lib/policy-command.js";
import { readPolicyFiles, resolvePolicyPaths } from "../../lib/policy-files.js";
import { validationReport } from "../../lib/validate.js";

export default class PolicyValidate extends PolicyCommand<typeof PolicyValidate> {
  static override summary = "Check policy files: schema, regexes, ids, layers, waivers (exit 0 valid, 2 invalid)";
  static override examples = ["<%= config.bin %> policy validate org.yaml team.yaml", "<%= config.bin %> policy validate --format sarif -o policy.sarif org.yaml"];
  static override strict = false;
  static override args = { files: Args.string({ description: "policy files (layered together)" }) };
  static override flags = { ...policyFlags };

  async run(): Promise<void> {
    const files = [...this.argvValues, ...(this.pflags.policy ?? [])];
    const loaded = readPolicyFiles(resolvePolicyPaths(files, undefined), this.now);
    const report = validationReport(loaded);
    if (this.format === "table") {
      for (const d of loaded.diagnostics) this.emit(`${d.severity}: ${d.code}${d.source ? ` ${d.source}${d.line ? `:${d.line}` : ""}` : ""}: ${d.message}`);
      if (loaded.policy) this.emit(`valid: ${loaded.policy.layers.length} file(s), ${loaded.policy.rules.length} rules, ${loaded.policy.waivers.length} waivers (${loaded.policy.digest.slice(0, 19)}…)`);
    } else this.emit(renderReport(report, this.format));
    this.done(loaded.policy ? EXIT.ok : EXIT.usage);
  }
}
