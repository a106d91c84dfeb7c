// The base of the plugin's commands: run() returns its result, which oclif prints for --json like the core
// commands'; other formats are written by the command. The exit code run() decides is applied after that printing,
// so `--json` keeps the 0/1/2/3 contract of the policy commands.
import { writeFileSync } from "node:fs";
import type { Command } from "@oclif/core";
import { BaseCommand, EXIT } from "@imgctl/cli-core";

export abstract class ResultCommand<T extends typeof Command> extends BaseCommand<T> {
  private outcome: number = EXIT.ok;

  override async _run<R>(): Promise<R> {
    const result = await super._run<R>();
    if (this.outcome !== EXIT.ok) this.exit(this.outcome);
    return result;
  }

  /** The command's answer: its text (any format but --json) is written, its value returned, its exit code kept. */
  protected conclude<R>(result: R, text: () => string, exit: number = EXIT.ok): R {
    if (!this.jsonEnabled()) this.emit(text());
    this.outcome = exit;
    return result;
  }

  /** The exit code of a command that wrote its output as it went (a streamed fleet check). */
  protected settle(exit: number): void {
    this.outcome = exit;
  }

  /** Writes command output to --output (when the command has it) or stdout. */
  protected emit(text: string): void {
    const output = (this.flags as { output?: string }).output;
    const line = text.endsWith("\n") ? text : text + "\n";
    if (output) writeFileSync(output, line);
    else process.stdout.write(line);
  }
}
