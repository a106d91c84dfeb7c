// The plugin's exit codes are the CLI's one table (EXIT of @imgctl/cli-core): 0 ok, 1 the answer is "no"
// (violations, a denied write), 2 usage (bad flags, an invalid policy or snapshot), 3 API or runtime error.

/** An error that ends a command with a given exit code from EXIT (oclif reads `oclif.exit`). */
export class ExitCodeError extends Error {
  readonly oclif: { exit: number };
  constructor(message: string, exit: number) {
    super(message);
    this.oclif = { exit };
  }
}
