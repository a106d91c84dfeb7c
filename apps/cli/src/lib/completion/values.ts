/** What completion needs to know of a flag: oclif's manifest entry has these fields. */
export interface FlagInfo {
  name: string;
  type: "boolean" | "option";
  char?: string;
  options?: readonly string[];
}

/** Finds a command (by id or alias, topics joined with ":") and returns its flags, or undefined. */
export type FindFlags = (id: string) => Record<string, FlagInfo> | undefined;

/** The commands whose first argument is the name of a profile. */
const PROFILE_ARGUMENT_COMMANDS = new Set(["config:use", "config:remove"]);

/**
 * The values to offer for the last of `words` (the command line after the binary, the word being
 * completed last, possibly ""), or [] when that word is not a value we know: the fixed options of
 * the flag before it, profile names after `--profile` and as the argument of `config use|remove`.
 * Filtering by what is typed so far is left to the shell.
 */
export function completionValues(words: readonly string[], findFlags: FindFlags, profiles: () => string[]): string[] {
  const typed = words.slice(0, -1);
  const { id, rest } = resolveCommand(typed, findFlags);
  const flags = id === undefined ? {} : (findFlags(id) ?? {});
  const previous = typed.at(-1);
  if (previous?.startsWith("-") && previous !== "--") {
    const flag = findFlag(previous, flags);
    if (flag?.type === "option" && flag.options?.length) return [...flag.options];
    if (flag?.name === "profile" || previous === "--profile") return profiles();
    return [];
  }
  if (id !== undefined && PROFILE_ARGUMENT_COMMANDS.has(id) && positionalCount(rest, flags) === 0) return profiles();
  return [];
}

/** The longest run of leading words that names a command, and the words after it. */
function resolveCommand(words: readonly string[], findFlags: FindFlags): { id?: string; rest: readonly string[] } {
  const leading = words.findIndex((w) => w.startsWith("-"));
  const names = leading === -1 ? words : words.slice(0, leading);
  for (let n = names.length; n > 0; n--) {
    const id = names.slice(0, n).join(":");
    if (findFlags(id)) return { id, rest: words.slice(n) };
  }
  return { rest: words };
}

function findFlag(word: string, flags: Record<string, FlagInfo>): FlagInfo | undefined {
  if (word.startsWith("--")) return flags[word.slice(2)];
  return Object.values(flags).find((f) => f.char !== undefined && word === `-${f.char}`);
}

/** How many positional arguments `words` hold (a flag that takes a value consumes the next word). */
function positionalCount(words: readonly string[], flags: Record<string, FlagInfo>): number {
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!word.startsWith("-")) count++;
    else if (!word.includes("=") && findFlag(word, flags)?.type === "option") i++;
  }
  return count;
}
