import { MetadataPolicyError } from "@imgctl/metadata-policy/middleware";
import type { WriteDecision } from "@imgctl/metadata-policy/engine";
import { EXIT } from "@imgctl/cli-core";

/** The library's denial with the CLI's exit code: a write refused by the policy ends the command with 1 ("no"). */
export class PolicyDeniedError extends MetadataPolicyError {
  readonly oclif = { exit: EXIT.failure };
  constructor(decision: WriteDecision) {
    super(decision);
    this.name = "MetadataPolicyError";
  }
}
