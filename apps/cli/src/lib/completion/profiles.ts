import { ConfigStore, LOCAL_PROFILE } from "@imgctl/cli-core";

/** `local` and the profiles in the config file; a missing or unreadable file gives just `local`. */
export function profileNames(): string[] {
  let names: string[] = [];
  try {
    names = Object.keys(new ConfigStore().read().profiles);
  } catch {
    // A broken config file is reported by the commands that use it, not in the middle of a TAB.
  }
  return [...new Set([LOCAL_PROFILE, ...names])].sort();
}
