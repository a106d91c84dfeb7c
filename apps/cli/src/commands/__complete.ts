import { Command, type Hook } from "@oclif/core";
import { type FlagInfo, completionValues } from "../lib/completion/values.js";

/**
 * `imgctl __complete -- WORDS… CURRENT`: the values the shell scripts offer at a flag's value or a
 * profile argument, one a line (see lib/completion). Hidden, and it reads only oclif's manifest
 * and the config file: no client, no emulator, so a TAB costs one start of the CLI.
 */
export default class Complete extends Command {
  static override hidden = true;
  static override strict = false;
  static override summary = "values for shell completion (used by the completion scripts)";

  async run(): Promise<void> {
    // The words are another command's: the scripts pass them after `--`, so neither oclif nor the
    // parser reads a `--help` among them as a request for this command's help.
    await this.parse(Complete);
    const words = this.argv[0] === "--" ? this.argv.slice(1) : this.argv;
    const findFlags = (id: string) => this.config.findCommand(id)?.flags as Record<string, FlagInfo> | undefined;
    const { profileNames } = await import("../lib/completion/profiles.js");
    const values = completionValues(words.length > 0 ? words : [""], findFlags, profileNames);
    if (values.length > 0) process.stdout.write(`${values.join("\n")}\n`);
  }
}

/** The autocomplete plugin's commands that (re)write the completion scripts. */
const WRITES_SCRIPTS = new Set(["autocomplete", "autocomplete:create"]);

/**
 * The `postrun` hook (package.json names this export): after oclif's autocomplete plugin has
 * written its bash and zsh scripts, add imgctl's value completion to them. The plugin has no hook
 * of its own for this. `imgctl autocomplete [--refresh-cache]` writes them by calling the create
 * command's class directly (so `postrun` sees `autocomplete`); plugin installs run
 * `autocomplete:create` through the CLI's config (so `postrun` sees that).
 */
export const addCompletionValues: Hook<"postrun"> = async ({ Command: command, config }) => {
  if (!WRITES_SCRIPTS.has(command.id)) return;
  const { installCompletionValues } = await import("../lib/completion/scripts.js");
  await installCompletionValues(config.cacheDir, config.bin);
};
