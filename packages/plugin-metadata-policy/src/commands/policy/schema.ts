import { policySchema } from "@imgctl/metadata-policy/engine";
import { ResultCommand } from "../../lib/result-command.js";

export default class PolicySchema extends ResultCommand<typeof PolicySchema> {
  static override summary = "print the policy JSON Schema (draft 2020-12)";
  static override description =
    "For editors and YAML language servers: point `# yaml-language-server: $schema=` at the file.";
  static override examples = ["<%= config.bin %> <%= command.id %> > metadata-policy.schema.json"];

  async run(): Promise<typeof policySchema> {
    return this.conclude(policySchema, () => JSON.stringify(policySchema, null, 2));
  }
}
