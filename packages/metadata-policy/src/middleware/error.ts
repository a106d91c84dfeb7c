import type { Finding, WriteDecision } from "../engine/types.js";

/** Thrown by the middleware (enforce mode) when a metadata write is denied; a plain library error, no exit code. */
export class MetadataPolicyError extends Error {
  readonly code = "METADATA_POLICY_DENIED";
  readonly findings: Finding[];
  constructor(readonly decision: WriteDecision) {
    const first = decision.findings.filter((f) => f.enforcement === "deny");
    super(
      `metadata policy denied the ${decision.operation.operation}${decision.operation.imageId ? ` on image ${decision.operation.imageId}` : ""}: ` +
        first.map((f) => `${f.ruleId}${f.key !== null ? ` [${f.key}]` : ""}: ${f.message}`).join("; "),
    );
    this.name = "MetadataPolicyError";
    this.findings = decision.findings;
  }
}

/** The current metadata could not be read (failurePolicy "fail"): the write is not sent. */
export class MetadataPolicyStateError extends Error {
  readonly code = "METADATA_POLICY_STATE_UNAVAILABLE";
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = "MetadataPolicyStateError";
  }
}
