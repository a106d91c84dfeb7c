import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { resolve } from "node:path";
import type { Hook } from "@oclif/core";

const LOOKS_LIKE_PATH = /^(\.{1,2}[\\/]|[\\/]|~[\\/])|\.(tgz|tar\.gz)$/;

/**
 * `imgctl plugins install ./plugin.tgz` (or `../dir`, `/abs/path`): oclif's plugins command reads
 * any argument with a slash and no colon as a GitHub `owner/repo`, so a local path was sent to
 * github.com. An argument that looks like a path and exists is handed on as `file:<absolute path>`,
 * the form npm installs from the data directory. It runs before the command, on the argv array
 * the command is then given (oclif passes the same array to `prerun` and to the command).
 */
const hook: Hook<"prerun"> = async ({ Command, argv }) => {
  if (Command.id !== "plugins:install") return;
  argv.forEach((arg, i) => {
    if (arg.startsWith("-") || !LOOKS_LIKE_PATH.test(arg)) return;
    const path = arg.startsWith("~") ? resolve(homedir(), arg.slice(2)) : resolve(arg);
    if (existsSync(path)) argv[i] = `file:${path}`;
  });
};

export default hook;
