/**
 * Makes oclif's error handler treat an exit request from any copy of `@oclif/core` as an exit.
 *
 * `this.exit(n)` throws oclif's ExitError (`code: "EEXIT"`, `oclif.exit: n`), and oclif's `handle()`
 * stays silent for it only when it is `instanceof` the ExitError class of handle's own copy. This
 * CLI bundles its copy of `@oclif/core`, so a plugin's `this.exit(3)` (thrown by the plugin's own
 * copy) would be printed as ` ›   Error: EEXIT: 3` / ` ›   Code: EEXIT`. Marking it with
 * `skipOclifErrorHandling`, the flag `handle()` already honours for any error, gives the stock
 * behaviour: nothing printed, the process exits with `oclif.exit`. Every other error `handle()`
 * already reads by shape (message, name, code, `oclif.exit`, `skipOclifErrorHandling`), whatever
 * copy threw it.
 */
export function recogniseForeignExit(error: unknown): unknown {
  if (!error || typeof error !== "object") return error;
  const e = error as { code?: unknown; oclif?: { exit?: unknown }; skipOclifErrorHandling?: boolean };
  if (e.code === "EEXIT" && typeof e.oclif?.exit === "number") e.skipOclifErrorHandling = true;
  return error;
}
