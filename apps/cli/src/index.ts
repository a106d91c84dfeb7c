// The CLI's entry point. scripts/bundle.mjs bundles it, the commands, @imgctl/cli-core and
// @oclif/core into dist/ with shared chunks, so a start reads a few files instead of ~200 modules,
// and the commands use the same copy of oclif as the entry.
import { execute } from "@oclif/core/execute";

/** Runs the CLI; `dir` is the URL of the bin script (oclif finds package.json from it). */
export async function run(dir: string): Promise<void> {
  await execute({ dir });
}
