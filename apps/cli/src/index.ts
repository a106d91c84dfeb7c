// The CLI's entry point. scripts/bundle.mjs bundles it, the commands, @imgctl/cli-core and
// @oclif/core into dist/ with shared chunks, so a start reads a few files instead of ~200 modules,
// and the commands use the same copy of oclif as the entry. Plugins bring their own copy: what
// oclif's `execute()` does is spelled out here so that their exit requests are recognised too.
import { handle } from "@oclif/core/handle";
import { flush } from "@oclif/core/flush";
import { run as runOclif } from "@oclif/core/run";
import { recogniseForeignExit } from "./lib/entry/foreign-exit.js";

/** Runs the CLI; `dir` is the URL of the bin script (oclif finds package.json from it). */
export async function run(dir: string): Promise<void> {
  try {
    await runOclif(process.argv.slice(2), dir);
    await flush();
  } catch (error) {
    await handle(recogniseForeignExit(error) as Error);
  }
}
