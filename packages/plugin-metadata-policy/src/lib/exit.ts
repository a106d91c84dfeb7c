/** Exit codes of every `policy` command (documented in the README and package.json `oclif.exitCodes`). */
export const EXIT = { ok: 0, violations: 1, invalid: 2, runtime: 3 } as const;

/** An error that ends a command with a given exit code (oclif reads `oclif.exit`). */
export class ExitCodeError extends Error {
  readonly oclif: { exit: number };
  constructor(message: string, exit: number) {
    super(message);
    this.oclif = { exit };
  }
}
