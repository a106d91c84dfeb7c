import type { Hook } from "@oclif/core";
import { EXIT } from "@imgctl/cli-core";
import { closestCommand } from "../lib/entry/closest.js";

/**
 * An unknown command: one line on stderr with the closest command, if one is close, and exit 127,
 * on a terminal and off it alike (a script's log shows the suggestion too; nothing is run for the
 * user on a guess).
 */
const hook: Hook<"command_not_found"> = async (opts) => {
  const { config } = opts;
  const space = (id: string): string => id.replaceAll(":", " ");
  const visible = config.commands.filter((c) => !c.hidden);
  const known = [
    ...visible.map((c) => c.id),
    ...visible.flatMap((c) => c.aliases),
    ...config.topics.filter((t) => !t.hidden).map((t) => t.name),
  ];
  const typed = opts.id;
  const suggestion = closestCommand(typed, known);
  const topic = config.findTopic(typed.split(":")[0] ?? "") ? ` ${typed.split(":")[0]}` : "";
  const didYouMean = suggestion ? ` Did you mean "${config.bin} ${space(suggestion)}"?` : "";
  process.stderr.write(
    `Error: "${config.bin} ${space(typed)}" is not a command.${didYouMean} See: ${config.bin} help${topic}\n`,
  );
  const exit = Object.assign(new Error(`command ${typed} not found`), {
    oclif: { exit: EXIT.unknownCommand },
    skipOclifErrorHandling: true,
  });
  throw exit;
};

export default hook;
