import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";

type Env = Record<string, string | undefined>;

// XDG base directories; relative values are ignored as the spec says.
function xdg(env: Env, name: "XDG_CONFIG_HOME" | "XDG_DATA_HOME", fallback: string[]): string {
  const value = env[name];
  return value && isAbsolute(value) ? value : join(homedir(), ...fallback);
}

/** `$XDG_CONFIG_HOME/imgctl`, else `~/.config/imgctl`. */
export function configDir(env: Env = process.env): string {
  return join(xdg(env, "XDG_CONFIG_HOME", [".config"]), "imgctl");
}

/** `$XDG_DATA_HOME/imgctl`, else `~/.local/share/imgctl`. */
export function dataDir(env: Env = process.env): string {
  return join(xdg(env, "XDG_DATA_HOME", [".local", "share"]), "imgctl");
}

export function configFile(env: Env = process.env): string {
  return join(configDir(env), "config.json");
}

/** The embedded emulator's SQLite database of the `local` profile. */
export function localDbPath(env: Env = process.env): string {
  return join(dataDir(env), "local.db");
}
