import { Flags } from "@oclif/core";
import { EXIT } from "@imgctl/cli-core";
import { ExitCodeError } from "../../lib/exit-error.js";
import { explain, explainText } from "../../lib/explain.js";
import { formatFlag, inputFlag } from "../../lib/flags.js";
import { PolicyCommand, policyFlags } from "../../lib/policy-command.js";

export default class PolicyExplain extends PolicyCommand<typeof PolicyExplain> {
  static override summary = "show the effective layered policy with provenance";
  static override description =
    "With --image, a per-rule trace on that image: whether the rule applies, its findings and waivers.";
  static override examples = [
    "<%= config.bin %> <%= command.id %> --policy org.yaml --policy team.yaml --rule env-values",
    "<%= config.bin %> <%= command.id %> --policy org.yaml --image ID",
  ];
  static override flags = {
    ...policyFlags,
    format: formatFlag(["table", "json"]),
    rule: Flags.string({ summary: "only this rule (and rules derived from it)" }),
    image: Flags.string({ summary: "trace the rules on this image" }),
    input: inputFlag("read the image from a snapshot instead of the API"),
  };

  async run(): Promise<ReturnType<typeof explain>> {
    const { policy } = this.loadPolicy();
    const f = this.flags;
    let image;
    if (f.image) {
      [image] = await this.images({ input: f.input, imageIds: [f.image] });
      if (!image) throw new ExitCodeError(`image ${f.image} not found`, EXIT.usage);
    }
    const x = explain(policy, {
      now: this.now,
      ...(f.rule ? { ruleId: f.rule } : {}),
      ...(image ? { image } : {}),
      ...(this.ceiling ? { ceiling: this.ceiling } : {}),
    });
    if (f.rule && x.rules.length === 0) throw new ExitCodeError(`no rule "${f.rule}" in the policy`, EXIT.usage);
    return this.conclude(x, () => (this.format === "json" ? JSON.stringify(x, null, 2) : explainText(x)));
  }
}
