import { Flags } from "@oclif/core";
import { loadImages } from "../../lib/check.js";
import { EXIT } from "@imgctl/cli-core";
import { ExitCodeError } from "../../lib/exit-error.js";
import { explain, explainText } from "../../lib/explain.js";
import { PolicyCommand, policyFlags } from "../../lib/policy-command.js";

export default class PolicyExplain extends PolicyCommand<typeof PolicyExplain> {
  static override summary = "Show the effective layered policy with provenance; with --image, a per-rule trace";
  static override examples = ["<%= config.bin %> policy explain --policy org.yaml --policy team.yaml --rule env-values", "<%= config.bin %> policy explain --policy org.yaml --image ID"];
  static override flags = {
    ...policyFlags,
    format: Flags.string({ char: "f", summary: "output format", options: ["table", "json"], default: "table" }),
    rule: Flags.string({ summary: "only this rule (and rules derived from it)" }),
    image: Flags.string({ summary: "trace the rules on this image" }),
    input: Flags.string({ char: "i", summary: "read the image from a snapshot instead of the API" }),
  };

  async run(): Promise<void> {
    const { policy } = this.loadPolicy();
    const f = this.flags;
    let image;
    if (f.image) {
      [image] = await loadImages(f.input ? { input: f.input, imageIds: [f.image] } : { client: () => this.client(), projectId: () => this.projectId(), regionId: () => this.regionId(), imageIds: [f.image] });
      if (!image) throw new ExitCodeError(`image ${f.image} not found`, EXIT.usage);
    }
    const x = explain(policy, { now: this.now, ...(f.rule ? { ruleId: f.rule } : {}), ...(image ? { image } : {}), ...(this.ceiling ? { ceiling: this.ceiling } : {}) });
    if (f.rule && x.rules.length === 0) throw new ExitCodeError(`no rule "${f.rule}" in the policy`, EXIT.usage);
    this.emit(this.format === "json" ? JSON.stringify(x, null, 2) : explainText(x));
  }
}
