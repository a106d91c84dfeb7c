import { Flags } from "@oclif/core";
import { checkImages, loadImages } from "../../lib/check.js";
import { EXIT } from "@imgctl/cli-core";
import { renderReport } from "../../lib/formats/index.js";
import { PolicyCommand, policyFlags } from "../../lib/policy-command.js";
import { violates, type FailOn } from "../../lib/report.js";

export default class PolicyCheck extends PolicyCommand<typeof PolicyCheck> {
  static override summary = "Check images against the policy: live (project/region) or an offline snapshot (exit 0 ok, 1 violations)";
  static override examples = [
    "<%= config.bin %> policy check --policy org.yaml --project 10 --region 1",
    "<%= config.bin %> policy check --policy org.yaml --input images.json --format sarif -o policy.sarif",
  ];
  static override flags = {
    ...policyFlags,
    image: Flags.string({ summary: "only these image ids (repeatable)", multiple: true }),
    input: Flags.string({ char: "i", summary: "offline snapshot: `imgctl images list --json` output or an array of images" }),
    owned: Flags.boolean({ summary: "only the project's own images (not public or shared ones)" }),
    "fail-on": Flags.string({ summary: "lowest level that fails the run", options: ["deny", "warn", "never"], default: "deny" }),
    "fail-on-severity": Flags.string({ summary: "only findings of rules with at least this severity fail the run", options: ["low", "medium", "high", "critical"] }),
    "max-findings": Flags.integer({ summary: "cap the findings in the output (the summary keeps the totals)", min: 0 }),
    "sarif-include-pass": Flags.boolean({ summary: "SARIF: report out-of-scope rules as kind notApplicable" }),
  };

  async run(): Promise<void> {
    const { policy, diagnostics } = this.loadPolicy();
    const f = this.flags;
    const images = await loadImages({
      ...(f.input ? { input: f.input } : { client: () => this.client(), projectId: () => this.projectId(), regionId: () => this.regionId() }),
      ...(f.image ? { imageIds: f.image } : {}),
      owned: f.owned,
    });
    const report = checkImages(policy, images, {
      now: this.now,
      ...(this.ceiling ? { ceiling: this.ceiling } : {}),
      ...(f["max-findings"] !== undefined ? { maxFindings: f["max-findings"] } : {}),
      diagnostics,
    });
    this.emit(renderReport(report, this.format, { includeNotApplicable: f["sarif-include-pass"], color: this.color }));
    this.done(violates(report, f["fail-on"] as FailOn, f["fail-on-severity"]) ? EXIT.failure : EXIT.ok);
  }
}
