import { Flags } from "@oclif/core";
import { canPrompt, confirm, EXIT } from "@imgctl/cli-core";
import { loadImages } from "../../lib/check.js";
import { ExitCodeError } from "../../lib/exit-error.js";
import { applyPlan, planAll, planText } from "../../lib/fix.js";
import { PolicyCommand, policyFlags } from "../../lib/policy-command.js";

export default class PolicyFix extends PolicyCommand<typeof PolicyFix> {
  static override summary = "Plan and apply metadata fixes (defaults, renames, removals); --dry-run exits 1 when there is anything to do";
  static override examples = ["<%= config.bin %> policy fix --policy org.yaml --dry-run", "<%= config.bin %> policy fix --policy org.yaml --yes --max-images 20"];
  static override flags = {
    ...policyFlags,
    format: Flags.string({ char: "f", summary: "output format", options: ["table", "json"], default: "table" }),
    "dry-run": Flags.boolean({ summary: "print the plan, change nothing" }),
    yes: Flags.boolean({ char: "y", summary: "apply without asking" }),
    "max-images": Flags.integer({ summary: "refuse to run when more images would change (safety limit)", default: 50, min: 1 }),
    "max-percent": Flags.integer({ summary: "refuse to run when more than this share of the images would change", min: 1, max: 100 }),
    strategy: Flags.string({ summary: "merge: POST + item DELETEs (default); replace: one PUT per image", options: ["merge", "replace"], default: "merge" }),
    image: Flags.string({ summary: "only these image ids (repeatable)", multiple: true }),
    input: Flags.string({ char: "i", summary: "plan against a snapshot (implies --dry-run)" }),
  };

  async run(): Promise<void> {
    const { policy } = this.loadPolicy();
    const f = this.flags;
    const dryRun = f["dry-run"] || f.input !== undefined;
    // Only the project's own images can be changed; public and shared ones are someone else's.
    const images = await loadImages({
      ...(f.input ? { input: f.input } : { client: () => this.client(), projectId: () => this.projectId(), regionId: () => this.regionId() }),
      ...(f.image ? { imageIds: f.image } : {}),
      owned: true,
    });
    const plans = planAll(policy, images, { now: this.now, strategy: f.strategy as "merge" | "replace", ...(this.ceiling ? { ceiling: this.ceiling } : {}) });
    const changing = plans.filter((p) => p.operations.length > 0);
    const unfixable = plans.reduce((n, p) => n + p.unfixable.filter((u) => u.enforcement === "deny").length, 0);
    const out = (applied: number) =>
      this.emit(this.format === "json" ? JSON.stringify({ schemaVersion: "1", dryRun, applied, plans: plans.filter((p) => p.operations.length || p.unfixable.length) }, null, 2) : planText(plans) + (applied ? `\napplied to ${applied} images` : ""));
    if (changing.length > f["max-images"])
      throw new ExitCodeError(`the fix would change ${changing.length} images, more than --max-images ${f["max-images"]}; narrow it with --image or raise the limit`, EXIT.usage);
    const percent = f["max-percent"];
    if (percent !== undefined && changing.length > (plans.length * percent) / 100)
      throw new ExitCodeError(`the fix would change ${changing.length} of ${plans.length} images, more than --max-percent ${percent}`, EXIT.usage);
    if (dryRun || changing.length === 0) {
      out(0);
      this.done(changing.length > 0 || unfixable > 0 ? EXIT.failure : EXIT.ok);
      return;
    }
    if (!f.yes) {
      if (!canPrompt()) throw new ExitCodeError(`would change ${changing.length} images; pass --yes to apply without a terminal`, EXIT.usage);
      process.stderr.write(planText(plans) + "\n");
      if (!(await confirm(`Apply these changes to ${changing.length} images?`))) throw new ExitCodeError("aborted", EXIT.failure);
    }
    const client = await this.client();
    const scope = { project_id: this.projectId(), region_id: this.regionId() };
    for (const plan of changing) await applyPlan(client, plan, scope);
    out(changing.length);
    this.done(unfixable > 0 ? EXIT.failure : EXIT.ok);
  }
}
