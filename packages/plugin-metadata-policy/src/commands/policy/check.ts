import { Flags } from "@oclif/core";
import { EXIT } from "@imgctl/cli-core";
import { checkImages, leaveOutForeignPublic } from "../../lib/check.js";
import { inputFlag } from "../../lib/flags.js";
import { renderReport } from "../../lib/formats/index.js";
import { PolicyCommand, policyFlags } from "../../lib/policy-command.js";
import { violates, type FailOn, type Report } from "../../lib/report.js";

export default class PolicyCheck extends PolicyCommand<typeof PolicyCheck> {
  static override summary = "check images against the policy, live or from an offline snapshot";
  static override description =
    "Live: the images of the project and region (--owned: only the project's own). Offline: --input, an `imgctl images list --json` answer. Public images of other projects are left out (counted in the summary) unless --include-public. Exits 1 when a finding at or above --fail-on fails the run, 0 otherwise.";
  static override examples = [
    "<%= config.bin %> <%= command.id %> --policy org.yaml --project 10 --region 1",
    "<%= config.bin %> <%= command.id %> --policy org.yaml --input images.json --format sarif -o policy.sarif",
  ];
  static override flags = {
    ...policyFlags,
    image: Flags.string({ summary: "only these image ids (repeatable)", multiple: true }),
    input: inputFlag("offline snapshot: `imgctl images list --json` output or an array of images"),
    owned: Flags.boolean({ summary: "only the project's own images (not public or shared ones)" }),
    "include-public": Flags.boolean({
      summary: "also check public images of other projects (left out by default: only their owner can change them)",
    }),
    "fail-on": Flags.option({
      summary: "lowest level that fails the run",
      options: ["deny", "warn", "never"] as const,
      default: "deny" as const,
    })(),
    "fail-on-severity": Flags.option({
      summary: "only findings of rules with at least this severity fail the run",
      options: ["low", "medium", "high", "critical"] as const,
    })(),
    "max-findings": Flags.integer({ summary: "cap the findings in the output (the summary keeps the totals)", min: 0 }),
    "sarif-include-pass": Flags.boolean({ summary: "SARIF: report out-of-scope rules as kind notApplicable" }),
  };

  /** The caller's project, if one is configured (a snapshot run may have none). */
  private callerProject(): number | undefined {
    try {
      return this.settings.project;
    } catch {
      return undefined;
    }
  }

  async run(): Promise<Report> {
    const { policy, diagnostics } = this.loadPolicy();
    const f = this.flags;
    const all = await this.images({ input: f.input, imageIds: f.image, owned: f.owned });
    // Images named with --image are judged whatever their visibility: the caller asked for them.
    const keepAll = f["include-public"] || (f.image?.length ?? 0) > 0;
    const { images, skipped } = keepAll
      ? { images: all, skipped: 0 }
      : leaveOutForeignPublic(all, this.callerProject());
    const report = checkImages(policy, images, {
      skippedPublic: skipped,
      now: this.now,
      ...(this.ceiling ? { ceiling: this.ceiling } : {}),
      ...(f["max-findings"] !== undefined ? { maxFindings: f["max-findings"] } : {}),
      diagnostics,
    });
    const text = () =>
      renderReport(report, this.format, { includeNotApplicable: f["sarif-include-pass"], color: this.color });
    return this.conclude(
      report,
      text,
      violates(report, f["fail-on"] as FailOn, f["fail-on-severity"]) ? EXIT.failure : EXIT.ok,
    );
  }
}
