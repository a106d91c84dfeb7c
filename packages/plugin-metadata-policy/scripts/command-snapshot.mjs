#!/usr/bin/env node
// The command snapshot of the plugin's `policy` commands: each command's summary, description, examples, args and
// flags (with their options and defaults), committed as test/command-snapshot.json and compared in the tests, so a
// changed flag or description is a visible, reviewed change (like the CLI's own snapshot).
//   node scripts/command-snapshot.mjs          compare, exit 1 on a difference
//   node scripts/command-snapshot.mjs --write  regenerate
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Config } from "@oclif/core";

const root = fileURLToPath(new URL("..", import.meta.url));
export const snapshotFile = fileURLToPath(new URL("../test/command-snapshot.json", import.meta.url));

const defined = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

function flagOf(f) {
  return defined({
    name: f.name,
    char: f.char,
    type: f.type,
    summary: f.summary ?? f.description,
    options: f.options,
    default: f.default,
    multiple: f.multiple || undefined,
  });
}

/** The plugin's commands, sorted, from the built manifest (global flags are the CLI's: listed once by name). */
export async function commandSnapshot() {
  const config = await Config.load(root);
  const own = config.commands.filter((c) => c.pluginName === config.name);
  const isGlobal = (flag) => flag.helpGroup === "GLOBAL";
  const commands = own
    .map((c) => ({
      command: c.id.replaceAll(":", " "),
      ...defined({ summary: c.summary, description: c.description }),
      examples: c.examples ?? [],
      args: Object.values(c.args ?? {}).map((a) =>
        defined({ name: a.name, description: a.description, default: a.default }),
      ),
      flags: Object.values(c.flags ?? {})
        .filter((f) => !isGlobal(f))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map(flagOf),
      globalFlags: Object.values(c.flags ?? {}).filter(isGlobal).length,
    }))
    .sort((a, b) => a.command.localeCompare(b.command));
  return { plugin: config.name, commands };
}

export const render = (snapshot) => `${JSON.stringify(snapshot, null, 2)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const current = render(await commandSnapshot());
  if (process.argv.includes("--write")) {
    writeFileSync(snapshotFile, current);
    console.log(`wrote ${snapshotFile}`);
  } else if (readFileSync(snapshotFile, "utf8") !== current) {
    console.error(
      "the policy commands differ from test/command-snapshot.json; review and run `pnpm --filter @imgctl/plugin-metadata-policy snapshot`",
    );
    process.exit(1);
  }
}
