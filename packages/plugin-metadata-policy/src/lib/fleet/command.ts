// The base of `policy check` and `policy fix`: it turns `--project`/`--region` into the pairs to scan, and knows
// whether the run is a fleet (several pairs, `all`, or a fleet flag) or today's one-pair command.
import type { Command, Interfaces } from "@oclif/core";
import { EXIT, type globalFlags } from "@imgctl/cli-core";
import { ExitCodeError } from "../exit-error.js";
import { PolicyCommand } from "../policy-command.js";
import { DEFAULT_CONCURRENCY, DEFAULT_FLEET_RETRIES } from "./flags.js";
import { abortOnSigint } from "./interrupt.js";
import { crossPairs, type IdList, type Pair, parseIdList } from "./selection.js";
import type { StateHeader } from "./state.js";

interface FleetFlagValues {
  project?: string | number | undefined;
  region?: string | number | undefined;
  concurrency?: number;
  "max-retries"?: number;
  state?: string;
  stream?: boolean;
}

const FLEET_FLAGS = ["concurrency", "max-retries", "state", "stream"] as const;

export abstract class FleetCommand<T extends typeof Command> extends PolicyCommand<T> {
  // The command's string --project/--region replace the global integer ones (an intersection of both is unusable).
  declare protected flags: Interfaces.InferredFlags<Omit<typeof globalFlags, "project" | "region"> & T["flags"]>;
  private selected: { project?: IdList; region?: IdList } = {};

  override async init(): Promise<void> {
    await super.init();
    const f = this.flags as FleetFlagValues;
    for (const name of ["project", "region"] as const) {
      const raw = f[name];
      if (raw === undefined) continue;
      const ids = parseIdList(`--${name}`, String(raw));
      this.selected[name] = ids;
      // One id is today's integer flag: the settings, the client and every message see it as before.
      f[name] = ids !== "all" && ids.length === 1 ? ids[0] : undefined;
    }
  }

  /** Several pairs, `all`, or a fleet flag: the run is a fleet scan. */
  protected get isFleet(): boolean {
    const { project, region } = this.selected;
    const many = (ids: IdList | undefined) => ids === "all" || (ids?.length ?? 0) > 1;
    const f = this.flags as FleetFlagValues;
    return many(project) || many(region) || FLEET_FLAGS.some((k) => f[k] !== undefined && f[k] !== false);
  }

  /** A fleet flag given with a one-pair-only flag (an offline snapshot, named images) is a usage error. */
  protected refuseWithFleet(flag: string, given: unknown): void {
    if (this.isFleet && given !== undefined && given !== false && !(Array.isArray(given) && given.length === 0))
      throw new ExitCodeError(
        `${flag} reads one project and region; it cannot be combined with a fleet scan (lists, ranges or all in --project/--region, --stream, --state, --concurrency, --max-retries)`,
        EXIT.usage,
      );
  }

  /** The pairs, in (project, region) order; `all` comes from the local emulator's directory. */
  protected async fleetPairs(): Promise<Pair[]> {
    const resolve = async (name: "project" | "region", fallback: () => number): Promise<number[]> => {
      const ids = this.selected[name];
      if (ids === undefined) return [fallback()];
      if (ids !== "all") return ids;
      const directory = await this.localDirectory();
      if (!directory)
        throw new ExitCodeError(
          `--${name} all: the Images API at ${this.settings.apiUrl} has no list of ${name}s; pass ids (--${name} 10,11 or 10-12)`,
          EXIT.usage,
        );
      return name === "project" ? directory.projects : directory.regions;
    };
    const projects = await resolve("project", () => this.projectId());
    const regions = await resolve("region", () => this.regionId());
    return crossPairs(projects, regions);
  }

  protected get fleetOptions(): { concurrency: number; maxRetries: number; state: string | undefined } {
    const f = this.flags as FleetFlagValues;
    return {
      concurrency: f.concurrency ?? DEFAULT_CONCURRENCY,
      maxRetries: f["max-retries"] ?? DEFAULT_FLEET_RETRIES,
      state: f.state,
    };
  }

  protected stateHeader(
    command: "check" | "fix",
    digest: string,
    pairs: Pair[],
    options: StateHeader["options"],
  ): StateHeader {
    return {
      kind: "imgctl-fleet-state",
      version: 1,
      command,
      policyDigest: digest,
      apiVersion: this.settings.apiVersion,
      pairs,
      options,
    };
  }

  /** Runs `body` with an AbortSignal that SIGINT trips; the handler is removed afterwards. */
  protected async interruptible<R>(body: (signal: AbortSignal) => Promise<R>): Promise<R> {
    const controller = new AbortController();
    const release = abortOnSigint(controller);
    try {
      return await body(controller.signal);
    } finally {
      release();
    }
  }
}
