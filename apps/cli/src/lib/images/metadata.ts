import { Errors } from "@oclif/core";
import { EXIT, parseKeyValue } from "@imgctl/cli-core";

/** Parses the `k=v…` operands after the image id; a usage error names the bad one. */
export function parsePairs(values: readonly string[]): Record<string, string> {
  if (values.length === 0) throw new Errors.CLIError("expected at least one key=value", { exit: EXIT.usage });
  const map: Record<string, string> = {};
  for (const value of values) {
    try {
      const [k, v] = parseKeyValue(value);
      map[k] = v;
    } catch (error) {
      throw new Errors.CLIError((error as Error).message, { exit: EXIT.usage });
    }
  }
  return map;
}
