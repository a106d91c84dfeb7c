import { BaseCommand } from "@imgctl/cli-core";
import { policySchema } from "@imgctl/metadata-policy/engine";

export default class PolicySchema extends BaseCommand<typeof PolicySchema> {
  static override summary = "Print the policy JSON Schema (draft 2020-12), for editors and YAML language servers";
  static override examples = ["<%= config.bin %> policy schema > metadata-policy.schema.json"];

  async run(): Promise<void> {
    process.stdout.write(JSON.stringify(policySchema, null, 2) + "\n");
  }
}
