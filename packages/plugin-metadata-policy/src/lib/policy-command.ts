// The base of the `policy` commands that read a policy: its loading, the shared flags' values, the images a command
// judges, and the 0/1/2/3 exit codes (EXIT of cli-core).
import type { Command } from "@oclif/core";
import { EXIT, renderError } from "@imgctl/cli-core";
import type { Diagnostic, EffectivePolicy, Enforcement, ImageContext } from "@imgctl/metadata-policy/engine";
import { loadImages } from "./check.js";
import { ExitCodeError } from "./exit-error.js";
import type { Format } from "./formats/index.js";
import { readPolicyFiles, resolvePolicyPaths } from "./policy-files.js";
import { ResultCommand } from "./result-command.js";

export { policyFlags } from "./flags.js";

export abstract class PolicyCommand<T extends typeof Command> extends ResultCommand<T> {
  protected get pflags(): {
    policy?: string[];
    format: string;
    output?: string;
    now?: string;
    "enforcement-ceiling"?: string;
  } {
    return this.flags as never;
  }

  protected get format(): Format {
    return this.jsonEnabled() ? "json" : (this.pflags.format as Format);
  }

  protected get now(): Date {
    const raw = this.pflags.now;
    if (raw === undefined) return new Date();
    const d = new Date(raw);
    if (Number.isNaN(d.getTime())) throw new ExitCodeError(`--now: not a date: ${raw}`, EXIT.usage);
    return d;
  }

  protected get ceiling(): Enforcement | undefined {
    return this.pflags["enforcement-ceiling"] as Enforcement | undefined;
  }

  /** Loads the effective policy, or prints its diagnostics and exits 2: an invalid policy is never evaluated. */
  protected loadPolicy(): { policy: EffectivePolicy; diagnostics: Diagnostic[]; paths: string[] } {
    const paths = resolvePolicyPaths(this.pflags.policy, this.settingsPolicy());
    const loaded = readPolicyFiles(paths, this.now);
    if (!loaded.policy) {
      for (const d of loaded.diagnostics)
        process.stderr.write(
          `${d.severity}: ${d.code}${d.source ? ` ${d.source}${d.line ? `:${d.line}` : ""}` : ""}: ${d.message}\n`,
        );
      throw new ExitCodeError(
        `invalid policy (${loaded.diagnostics.filter((d) => d.severity === "error").length} errors)`,
        EXIT.usage,
      );
    }
    return { policy: loaded.policy, diagnostics: loaded.diagnostics, paths };
  }

  /** The images a command judges: from `--input` (a snapshot) when given, else live from the API (project/region). */
  protected images(query: {
    input?: string | undefined;
    imageIds?: string[] | undefined;
    owned?: boolean;
  }): Promise<ImageContext[]> {
    const { input, imageIds, owned } = query;
    return loadImages({
      ...(input
        ? { input }
        : { client: () => this.client(), projectId: () => this.projectId(), regionId: () => this.regionId() }),
      ...(imageIds ? { imageIds } : {}),
      ...(owned ? { owned } : {}),
    });
  }

  private settingsPolicy(): string | undefined {
    try {
      return this.settings.policy;
    } catch {
      return undefined;
    }
  }

  protected override async catch(
    err: Error & { exitCode?: number; oclif?: { exit?: number }; code?: string },
  ): Promise<unknown> {
    // this.exit(): pass through untouched.
    if (err.code === "EEXIT") throw err;
    if (typeof err.oclif?.exit === "number") return super.catch(err);
    // API, network and unexpected errors are exit 3, so CI can retry them but not violations (exit 1).
    const wrapped = new ExitCodeError(renderError(err).line, EXIT.error);
    wrapped.name = "";
    return super.catch(wrapped);
  }
}
