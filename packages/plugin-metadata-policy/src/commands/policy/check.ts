import { Flags } from "@oclif/core";
import { EXIT } from "@imgctl/cli-core";
import type { EffectivePolicy } from "@imgctl/metadata-policy/engine";
import { checkImages, leaveOutForeignPublic } from "../../lib/check.js";
import { inputFlag } from "../../lib/flags.js";
import { renderReport } from "../../lib/formats/index.js";
import { fleetCheck } from "../../lib/fleet/check-run.js";
import { FleetCommand } from "../../lib/fleet/command.js";
import { fleetFlags } from "../../lib/fleet/flags.js";
import type { FleetDocument } from "../../lib/fleet/formats/document.js";
import { writeFleet } from "../../lib/fleet/formats/index.js";
import { openTextSink } from "../../lib/fleet/sink.js";
import type { FleetSummary } from "../../lib/fleet/tally.js";
import { ExitCodeError } from "../../lib/exit-error.js";
import { policyFlags } from "../../lib/policy-command.js";
import { violates, type FailOn, type Report } from "../../lib/report.js";

export default class PolicyCheck extends FleetCommand<typeof PolicyCheck> {
  static override summary = "check images against the policy, live or from an offline snapshot";
  static override description =
    "Live: the images of the project and region (--owned: only the project's own). Offline: --input, an `imgctl images list --json` answer. Public images of other projects are left out (counted in the summary) unless --include-public. Exits 1 when a finding at or above --fail-on fails the run, 0 otherwise.";
  static override examples = [
    "<%= config.bin %> <%= command.id %> --policy org.yaml --project 10 --region 1",
    "<%= config.bin %> <%= command.id %> --policy org.yaml --input images.json --format sarif -o policy.sarif",
    "<%= config.bin %> <%= command.id %> --policy org.yaml --project 10-12,20 --region all --format sarif -o fleet.sarif",
    "<%= config.bin %> <%= command.id %> --policy org.yaml --project 10,11 --region 1,2 --format json --stream --state scan.state",
  ];
  static override flags = {
    ...policyFlags,
    ...fleetFlags,
    stream: Flags.boolean({
      summary: "fleet: with --format json, a JSON line per pair as it finishes, then a summary line",
    }),
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

  async run(): Promise<Report | FleetDocument | FleetSummary> {
    const { policy, diagnostics } = this.loadPolicy();
    const f = this.flags;
    if (this.isFleet) return this.fleet(policy);
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

  /** Every pair of the selection; the report is built from compact results (or streamed as pairs finish). */
  private async fleet(policy: EffectivePolicy): Promise<FleetDocument | FleetSummary> {
    const f = this.flags;
    this.refuseWithFleet("--input", f.input);
    this.refuseWithFleet("--image", f.image);
    if (f.stream && this.jsonEnabled())
      throw new ExitCodeError("--stream writes JSON Lines itself: use --format json --stream, not --json", EXIT.usage);
    if (f.stream && this.format !== "json")
      throw new ExitCodeError(
        `--stream writes JSON Lines: use it with --format json, not --format ${this.format}`,
        EXIT.usage,
      );
    const pairs = await this.fleetPairs();
    const { concurrency, maxRetries, state } = this.fleetOptions;
    const options = {
      owned: f.owned,
      includePublic: f["include-public"],
      ...(this.ceiling ? { ceiling: this.ceiling } : {}),
      ...(f.now ? { now: f.now } : {}),
    };
    const client = await this.client();
    const jsonOnTerminal = this.format === "json" && !f.output && process.stdout.isTTY === true;
    const out = await this.interruptible((signal) =>
      fleetCheck({
        client,
        pairs,
        policy,
        now: this.now,
        ceiling: this.ceiling,
        owned: f.owned,
        includePublic: f["include-public"],
        failOn: f["fail-on"] as FailOn,
        failOnSeverity: f["fail-on-severity"],
        maxFindings: f["max-findings"],
        concurrency,
        maxRetries,
        state: state ? { file: state, header: this.stateHeader("check", policy.digest, pairs, options) } : undefined,
        stream: f.stream,
        output: f.output,
        progress: process.stderr.isTTY === true && !jsonOnTerminal,
        signal,
      }),
    );
    this.settle(out.summary.exitCode);
    if (!out.report) return out.summary;
    // --json prints the document run() returns; every other output is written a finding at a time.
    if (this.jsonEnabled()) return out.report.document();
    const sink = openTextSink(f.output);
    try {
      writeFleet(sink, out.report, this.format, policy, this.color);
    } finally {
      sink.close();
    }
    return out.summary;
  }
}
