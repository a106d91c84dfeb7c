import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** Marks the lines imgctl adds, so running `autocomplete` again never adds them twice. */
const MARK = "# imgctl: values of flags and profile names";

/**
 * Appended to the bash script oclif's autocomplete plugin writes. At a flag's value (`--format
 * <TAB>`, `--format=<TAB>`) or the argument of `config use|remove` it asks `imgctl __complete` for
 * the values; anywhere else, or when there are none, it hands over to the plugin's own function,
 * so command and flag names complete as before. Node starts only at those positions.
 */
function bashValues(bin: string): string {
  return `
${MARK}
_${bin}_complete_values()
{
  local cur="\${COMP_WORDS[COMP_CWORD]}" before=$((COMP_CWORD - 1)) values
  # bash splits "--flag=value" at "=": complete the value after it, as if it were "--flag value".
  if [[ "$cur" == "=" ]]; then
    cur=""
  elif (( COMP_CWORD > 1 )) && [[ "\${COMP_WORDS[COMP_CWORD-1]}" == "=" ]]; then
    before=$((COMP_CWORD - 2))
  fi
  local -a words=("\${COMP_WORDS[@]:1:before}")
  if [[ "$cur" != -* ]] && [[ "\${words[*]: -1}" == -* || "\${words[0]} \${words[1]}" =~ ^config\\ (use|remove)$ ]]; then
    values=$(${bin} __complete -- "\${words[@]}" "$cur" 2>/dev/null)
    if [[ -n "$values" ]]; then
      local IFS=$'\\n'
      COMPREPLY=($(compgen -W "$values" -- "$cur"))
      return
    fi
  fi
  _${bin}_autocomplete
}
complete -F _${bin}_complete_values ${bin}
`;
}

/**
 * The plugin's zsh function completes \`--profile\` with file names and the argument of
 * \`config use|remove\` with files: both become profile names from \`imgctl __complete\`.
 */
function zshWithProfiles(script: string, bin: string): string {
  if (script.includes(MARK)) return script;
  const fn = `_${bin}_profiles`;
  const helper = `${MARK}\n${fn}() {\n  local -a profiles\n  profiles=(\${(f)"$(${bin} __complete -- --profile '' 2>/dev/null)"})\n  compadd -a profiles\n}\n`;
  const withFlag = script.replace(/^(--profile"\[[^\n]*\]):file:_files"/gm, `$1:profile:${fn}"`);
  // Only in the `config` topic's function: other topics have a `remove` too (`plugins remove`).
  const withArgs = withFlag.replace(/^_[^\n]*_config\(\) \{\n[\s\S]*?\n\}\n/m, (configFunction) =>
    configFunction.replace(
      /(\n\s*"(?:use|remove)"\)\n\s*_arguments -S \\\n(?:[^\n]*\\\n)*?)"\*: :_files"/g,
      `$1"1: :${fn}"`,
    ),
  );
  return withArgs.replace(/^(#compdef [^\n]*\n)/, `$1${helper}`);
}

/** Adds imgctl's value completion to the scripts `autocomplete:create` just wrote in `cacheDir`. */
export async function installCompletionValues(cacheDir: string, bin: string): Promise<void> {
  const functions = join(cacheDir, "autocomplete", "functions");
  const bashFile = join(functions, "bash", `${bin}.bash`);
  const bash = await readFile(bashFile, "utf8");
  if (!bash.includes(MARK)) await writeFile(bashFile, bash + bashValues(bin));
  const zshFile = join(functions, "zsh", `_${bin}`);
  await writeFile(zshFile, zshWithProfiles(await readFile(zshFile, "utf8"), bin));
}
