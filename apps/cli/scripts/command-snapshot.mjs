#!/usr/bin/env node
// The command snapshot: every imgctl command with its flags and args, committed as
// test/command-snapshot.json and compared in the test run (like @oclif/plugin-command-snapshot),
// so that removing or renaming a command or flag is a visible, reviewed change.
//   node scripts/command-snapshot.mjs          compare, exit 1 on a difference
//   node scripts/command-snapshot.mjs --write  regenerate
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Config } from "@oclif/core";

const root = fileURLToPath(new URL("..", import.meta.url));
export const snapshotFile = fileURLToPath(new URL("../test/command-snapshot.json", import.meta.url));

/** The CLI's own commands (not those of oclif's plugins), sorted, from the built manifest. */
export async function commandSnapshot() {
  const config = await Config.load(root);
  const own = config.commands.filter((c) => c.pluginName === config.name);
  const isGlobal = (flag) => flag.helpGroup === "GLOBAL";
  const globalFlags = new Set(
    own.flatMap((c) =>
      Object.values(c.flags ?? {})
        .filter(isGlobal)
        .map((f) => f.name),
    ),
  );
  const commands = own
    .map((c) => ({
      command: c.id.replaceAll(":", " "),
      ...(c.state ? { state: c.state } : {}),
      args: Object.keys(c.args ?? {}),
      flags: Object.values(c.flags ?? {})
        .filter((f) => !isGlobal(f))
        .map((f) => f.name)
        .sort(),
      // every command takes the global flags; a command that lost one shows up here
      ...(Object.values(c.flags ?? {}).filter(isGlobal).length === globalFlags.size
        ? {}
        : { missingGlobalFlags: true }),
    }))
    .sort((a, b) => a.command.localeCompare(b.command));
  return { globalFlags: [...globalFlags].sort(), commands };
}

export function render(snapshot) {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const current = render(await commandSnapshot());
  if (process.argv.includes("--write")) {
    writeFileSync(snapshotFile, current);
    console.log(`wrote ${snapshotFile}`);
  } else if (readFileSync(snapshotFile, "utf8") !== current) {
    console.error(
      "the commands differ from test/command-snapshot.json; review and run `pnpm --filter imgctl snapshot`",
    );
    process.exit(1);
  }
}
