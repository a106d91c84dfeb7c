import { Flags } from "@oclif/core";
import { canPrompt, confirm, EXIT } from "@imgctl/cli-core";
import type { EffectivePolicy, FixPlan, FixStrategy } from "@imgctl/metadata-policy/engine";
import { ExitCodeError } from "../../lib/exit-error.js";
import { applyPlan, planAll, planText } from "../../lib/fix.js";
import { formatFlag, inputFlag } from "../../lib/flags.js";
import { defaultStrategy } from "../../lib/generation.js";
import { FleetCommand } from "../../lib/fleet/command.js";
import { fleetFixDocument, fleetFixText, type FleetFixDocument } from "../../lib/fleet/fix-output.js";
import { fleetFix, type FixOutcome } from "../../lib/fleet/fix-run.js";
import { fleetFlags } from "../../lib/fleet/flags.js";
import { policyFlags } from "../../lib/policy-command.js";

interface FixResult {
  schemaVersion: "1";
  dryRun: boolean;
  applied: number;
  plans: FixPlan[];
}

export default class PolicyFix extends FleetCommand<typeof PolicyFix> {
  static override summary = "plan and apply metadata fixes (defaults, renames, removals)";
  static override description =
    "Changes only the project's own images, with the API generation's own tag write: in 2025-04 merge-first (one POST, then item DELETEs; --strategy replace: one PUT), in 2026-08 one PATCH per image (--strategy merge or replace: the deprecated /metadata endpoints). Asks before applying unless --yes. --dry-run exits 1 when there is anything to do.";
  static override examples = [
    "<%= config.bin %> <%= command.id %> --policy org.yaml --dry-run",
    "<%= config.bin %> <%= command.id %> --policy org.yaml --yes --max-images 20",
    "<%= config.bin %> <%= command.id %> --policy org.yaml --project 10-12 --region 1,2 --dry-run",
    "<%= config.bin %> <%= command.id %> --policy org.yaml --project 10-12 --region 1,2 --yes --max-changes 200 --state fix.state",
  ];
  static override flags = {
    ...policyFlags,
    ...fleetFlags,
    format: formatFlag(["table", "json"]),
    "dry-run": Flags.boolean({ summary: "print the plan, change nothing" }),
    yes: Flags.boolean({ char: "y", summary: "apply without asking" }),
    "max-images": Flags.integer({
      summary: "refuse to run when more images would change (safety limit; a fleet counts every pair)",
      aliases: ["max-changes"],
      default: 50,
      min: 1,
    }),
    "max-percent": Flags.integer({
      summary: "refuse to run when more than this share of the images would change",
      min: 1,
      max: 100,
    }),
    strategy: Flags.option({
      summary:
        "merge: POST + item DELETEs (2025-04 default); replace: one PUT per image; patch: one PATCH per image (2026-08 only, its default)",
      options: ["merge", "replace", "patch"] as const,
    })(),
    image: Flags.string({ summary: "only these image ids (repeatable)", multiple: true }),
    input: inputFlag("plan against a snapshot (implies --dry-run)"),
  };

  async run(): Promise<FixResult | FleetFixDocument> {
    const { policy } = this.loadPolicy();
    const f = this.flags;
    const dryRun = f["dry-run"] || f.input !== undefined;
    if (this.isFleet) return this.fleet(policy, dryRun);
    // Only the project's own images can be changed; public and shared ones are someone else's.
    const images = await this.images({ input: f.input, imageIds: f.image, owned: true });
    const plans = planAll(policy, images, {
      now: this.now,
      strategy: this.strategy(),
      ...(this.ceiling ? { ceiling: this.ceiling } : {}),
    });
    const changing = plans.filter((p) => p.operations.length > 0);
    const unfixable = plans.reduce((n, p) => n + p.unfixable.filter((u) => u.enforcement === "deny").length, 0);
    this.checkLimits(changing.length, plans.length);
    const result = (applied: number): FixResult => ({
      schemaVersion: "1",
      dryRun,
      applied,
      plans: plans.filter((p) => p.operations.length || p.unfixable.length),
    });
    const text = (applied: number) => () =>
      this.format === "json"
        ? JSON.stringify(result(applied), null, 2)
        : planText(plans) + (applied ? `\napplied to ${applied} images` : "");
    if (dryRun || changing.length === 0)
      return this.conclude(result(0), text(0), changing.length > 0 || unfixable > 0 ? EXIT.failure : EXIT.ok);
    if (!f.yes) {
      if (!canPrompt())
        throw new ExitCodeError(
          `would change ${changing.length} images; pass --yes to apply without a terminal`,
          EXIT.usage,
        );
      process.stderr.write(planText(plans) + "\n");
      if (!(await confirm(`Apply these changes to ${changing.length} images?`)))
        throw new ExitCodeError("aborted", EXIT.failure);
    }
    const client = await this.client();
    const scope = { project_id: this.projectId(), region_id: this.regionId() };
    for (const plan of changing) await applyPlan(client, plan, scope);
    return this.conclude(result(changing.length), text(changing.length), unfixable > 0 ? EXIT.failure : EXIT.ok);
  }

  /** The calls a fix is sent as: asked for, else the generation's own (a PATCH exists only in 2026-08). */
  private strategy(): FixStrategy {
    const apiVersion = this.settings.apiVersion;
    const asked = this.flags.strategy;
    if (asked === "patch" && apiVersion !== "2026-08")
      throw new ExitCodeError(
        `--strategy patch writes tags with PATCH, which API 2026-08 has; this profile speaks ${apiVersion} (pass --api-version 2026-08)`,
        EXIT.usage,
      );
    return asked ?? defaultStrategy(apiVersion);
  }

  /** The safety limits: a fix that would change too many images is refused before anything is asked or sent. */
  private checkLimits(changing: number, total: number): void {
    const f = this.flags;
    if (changing > f["max-images"])
      throw new ExitCodeError(
        `the fix would change ${changing} images, more than --max-images ${f["max-images"]}; narrow it with ${this.isFleet ? "--project/--region" : "--image"} or raise the limit`,
        EXIT.usage,
      );
    const percent = f["max-percent"];
    if (percent !== undefined && changing > (total * percent) / 100)
      throw new ExitCodeError(
        `the fix would change ${changing} of ${total} images, more than --max-percent ${percent}`,
        EXIT.usage,
      );
  }

  /** Every pair of the selection: plan all, check the limits on the fleet's totals, ask, apply pair by pair. */
  private async fleet(policy: EffectivePolicy, dryRun: boolean): Promise<FleetFixDocument> {
    const f = this.flags;
    this.refuseWithFleet("--input", f.input);
    this.refuseWithFleet("--image", f.image);
    const pairs = await this.fleetPairs();
    const strategy = this.strategy();
    const { concurrency, maxRetries, state } = this.fleetOptions;
    const options = { strategy, ...(this.ceiling ? { ceiling: this.ceiling } : {}), ...(f.now ? { now: f.now } : {}) };
    const client = await this.client();
    const { outcomes } = await this.interruptible((signal) =>
      fleetFix({
        client,
        pairs,
        plan: { policy, now: this.now, ceiling: this.ceiling, strategy, maxRetries },
        concurrency,
        state: state ? { file: state, header: this.stateHeader("fix", policy.digest, pairs, options) } : undefined,
        dryRun,
        signal,
        checkLimits: (changing, total) => this.checkLimits(changing, total),
        confirm: (planned, changing) => this.confirmFleet(planned, changing, dryRun),
      }),
    );
    const doc = fleetFixDocument(outcomes, dryRun);
    const text = () => (this.format === "json" ? JSON.stringify(doc, null, 2) : fleetFixText(doc, outcomes));
    return this.conclude(doc, text, doc.summary.exitCode);
  }

  /** --yes applies; otherwise ask on a terminal, and refuse without one (as for one pair). */
  private async confirmFleet(outcomes: FixOutcome[], changing: number, dryRun: boolean): Promise<boolean> {
    if (this.flags.yes) return true;
    if (!canPrompt())
      throw new ExitCodeError(`would change ${changing} images; pass --yes to apply without a terminal`, EXIT.usage);
    process.stderr.write(`${fleetFixText(fleetFixDocument(outcomes, dryRun), outcomes)}\n`);
    const pairs = outcomes.filter((o) => o.type === "plan" && o.plans.length > 0).length;
    if (!(await confirm(`Apply these changes to ${changing} images in ${pairs} project/region pairs?`)))
      throw new ExitCodeError("aborted", EXIT.failure);
    return true;
  }
}
