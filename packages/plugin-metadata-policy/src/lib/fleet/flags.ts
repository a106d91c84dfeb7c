// The fleet flags of `policy check` and `policy fix`. `--project`/`--region` replace the global integer flags with
// string ones that also take lists, ranges and `all`; one id (or none: the env/profile value) is today's command.
import { Flags } from "@oclif/core";

const selectionFlags = {
  project: Flags.string({
    summary: "project id; a fleet: a list (10,11), ranges (10-12) or all",
    env: "GCORE_CLOUD_PROJECT_ID",
    helpGroup: "GLOBAL",
  }),
  region: Flags.string({
    summary: "region id; a fleet: a list (1,2), ranges (1-3) or all",
    env: "GCORE_CLOUD_REGION_ID",
    helpGroup: "GLOBAL",
  }),
};

export const DEFAULT_CONCURRENCY = 4;
/** A fleet meets 429s as a matter of course: its list calls retry more than a one-off command's. */
export const DEFAULT_FLEET_RETRIES = 8;

export const fleetFlags = {
  ...selectionFlags,
  concurrency: Flags.integer({
    summary: `fleet: pairs scanned at a time (default ${DEFAULT_CONCURRENCY})`,
    min: 1,
    max: 32,
  }),
  "max-retries": Flags.integer({
    summary: `fleet: retries of each list call on 429, 5xx and dropped connections (default ${DEFAULT_FLEET_RETRIES})`,
    min: 0,
    max: 20,
  }),
  state: Flags.string({ summary: "fleet: record finished pairs in this file; a rerun skips them (resume)" }),
};
