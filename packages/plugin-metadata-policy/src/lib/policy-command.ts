// The base of every `policy` command: shared flags, policy loading, output, and the 0/1/2/3 exit codes.
import { writeFileSync } from "node:fs";
import { Flags, type Command } from "@oclif/core";
import { BaseCommand, renderError, EXIT } from "@imgctl/cli-core";
import type { EffectivePolicy, Diagnostic, Enforcement } from "@imgctl/metadata-policy/engine";
import { ExitCodeError } from "./exit-error.js";
import { FORMATS, type Format } from "./formats/index.js";
import { readPolicyFiles, resolvePolicyPaths } from "./policy-files.js";

export const policyFlags = {
  policy: Flags.string({ char: "p", summary: "policy file (repeatable; layers from metadata.layer)", multiple: true }),
  format: Flags.string({ char: "f", summary: "output format", options: [...FORMATS], default: "table" }),
  output: Flags.string({ char: "o", summary: "write the output to this file instead of stdout" }),
  now: Flags.string({ summary: "evaluate waivers as of this time (RFC 3339), for reproducible runs" }),
  "enforcement-ceiling": Flags.string({ summary: "cap every rule at this level (roll out a policy as warn or audit first)", options: ["deny", "warn", "audit", "off"] }),
};

export abstract class PolicyCommand<T extends typeof Command> extends BaseCommand<T> {
  protected get pflags(): { policy?: string[]; format: string; output?: string; now?: string; "enforcement-ceiling"?: string } {
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
      for (const d of loaded.diagnostics) process.stderr.write(`${d.severity}: ${d.code}${d.source ? ` ${d.source}${d.line ? `:${d.line}` : ""}` : ""}: ${d.message}\n`);
      throw new ExitCodeError(`invalid policy (${loaded.diagnostics.filter((d) => d.severity === "error").length} errors)`, EXIT.usage);
    }
    return { policy: loaded.policy, diagnostics: loaded.diagnostics, paths };
  }

  private settingsPolicy(): string | undefined {
    try {
      return this.settings.policy;
    } catch {
      return undefined;
    }
  }

  /** Writes command output to --output or stdout (never through oclif's --json printing: exit codes matter). */
  protected emit(text: string): void {
    if (this.pflags.output) writeFileSync(this.pflags.output, text.endsWith("\n") ? text : text + "\n");
    else process.stdout.write(text.endsWith("\n") ? text : text + "\n");
  }

  /** Ends with an exit code without an error message (oclif ExitError). */
  protected done(code: number): void {
    if (code !== EXIT.ok) this.exit(code);
  }

  protected override async catch(err: Error & { exitCode?: number; oclif?: { exit?: number }; code?: string }): Promise<unknown> {
    // this.exit(): pass through untouched.
    if (err.code === "EEXIT") throw err;
    if (typeof err.oclif?.exit === "number") return super.catch(err);
    // API, network and unexpected errors are exit 3, so CI can retry them but not violations (exit 1).
    const wrapped = new ExitCodeError(renderError(err).line, EXIT.error);
    wrapped.name = "";
    return super.catch(wrapped);
  }
}
