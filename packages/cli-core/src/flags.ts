import { Args, Errors, Flags } from "@oclif/core";
import { EXIT } from "./errors.js";
import { API_VERSIONS, parseProfileValue } from "./config/profile.js";

/** Splits `key=value` (the value may contain `=`); throws a usage message otherwise. */
export function parseKeyValue(input: string): [string, string] {
  const at = input.indexOf("=");
  if (at <= 0) throw new Error(`expected key=value, got "${input}"`);
  return [input.slice(0, at), input.slice(at + 1)];
}

/** One parsed `key=value` flag value. */
export interface KeyValue {
  key: string;
  value: string;
}

/** Turns repeated `k=v` values into a map; the last value of a repeated key wins. */
export function toMetadataMap(pairs: ReadonlyArray<KeyValue> | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  for (const { key, value } of pairs ?? []) map[key] = value;
  return map;
}

/**
 * A `--metadata key=value` flag, checked while parsing (before any request). Pass
 * `multiple: true` where it is used (the option typed at the call site gives a typed array).
 */
export const metadataFlag = Flags.custom<KeyValue>({
  helpValue: "<key=value>",
  parse: async (input) => {
    const [key, value] = parseKeyValue(input);
    return { key, value };
  },
});

/**
 * `--policy FILE` for commands that write metadata: passed to `metadata:write` handlers as
 * `plan.policyPath`, over IMGCTL_POLICY and the profile's `policy`.
 */
export const policyFlag = Flags.string({
  summary: "metadata policy file for the metadata:write hook (default: IMGCTL_POLICY, else the profile's policy)",
  helpValue: "<file>",
});

/**
 * The global flags of every imgctl command (and of plugin commands that extend BaseCommand).
 * The env fallbacks are the official SDKs' variables, so one environment serves both.
 */
export const globalFlags = {
  profile: Flags.string({
    summary: "named profile to use (see `imgctl config list`)",
    env: "IMGCTL_PROFILE",
    helpGroup: "GLOBAL",
  }),
  project: Flags.integer({
    summary: "project id",
    env: "GCORE_CLOUD_PROJECT_ID",
    min: 1,
    helpGroup: "GLOBAL",
  }),
  region: Flags.integer({
    summary: "region id",
    env: "GCORE_CLOUD_REGION_ID",
    min: 1,
    helpGroup: "GLOBAL",
  }),
  "api-url": Flags.string({
    summary: "base URL of the API, e.g. https://api.gcore.com/cloud",
    env: "GCORE_BASE_URL",
    helpGroup: "GLOBAL",
    parse: async (input) => String(parseProfileValue("api-url", input)),
  }),
  "api-key": Flags.string({
    summary: "API key (prefer the env var or a profile: flags end up in shell history)",
    env: "GCORE_API_KEY",
    helpGroup: "GLOBAL",
  }),
  "api-version": Flags.option({
    summary:
      "API generation to speak (default: the profile's, else 2026-08 on Gcore's API and 2025-04 on the local emulator)",
    options: API_VERSIONS,
    env: "GCORE_API_VERSION",
    helpGroup: "GLOBAL",
  })(),
  debug: Flags.boolean({
    summary: "log every request and response to stderr (the key shown as ***)",
    env: "IMGCTL_DEBUG",
    helpGroup: "GLOBAL",
  }),
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A required UUID argument (image or task id), rejected while parsing when malformed. */
export function uuidArg(description: string) {
  return Args.string({
    description,
    required: true,
    parse: async (input) => {
      if (!UUID.test(input))
        throw new Errors.CLIError(`${description} must be a UUID, got "${input}"`, { exit: EXIT.usage });
      return input.toLowerCase();
    },
  });
}
