import { Errors } from "@oclif/core";
import { EXIT } from "@imgctl/cli-core";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The task ids of `tasks ack ID…`, all checked before any request; a usage error names the bad one. */
export function parseTaskIds(values: readonly string[]): string[] {
  for (const value of values) {
    if (!UUID.test(value)) throw new Errors.CLIError(`task id must be a UUID, got "${value}"`, { exit: EXIT.usage });
  }
  return [...new Set(values.map((v) => v.toLowerCase()))];
}
