import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dataDir } from "./config/paths.js";

/** The marker that the local-emulator notice was shown for this data directory. */
function localNoticeMarker(env: Record<string, string | undefined> = process.env): string {
  return join(dataDir(env), "local-notice-shown");
}

/**
 * True the first time it is asked for a data directory, then never again: the notice that
 * commands run on the embedded emulator is for a new user, not for every command. A marker file
 * records it next to the database; if it cannot be written the notice is simply shown again.
 */
export function firstLocalNotice(env: Record<string, string | undefined> = process.env): boolean {
  const marker = localNoticeMarker(env);
  if (existsSync(marker)) return false;
  try {
    mkdirSync(dataDir(env), { recursive: true });
    writeFileSync(marker, "the local emulator notice was shown; delete this file to see it again\n", { flag: "wx" });
  } catch {
    // another process wrote it first, or the directory is read-only: nothing to record
  }
  return true;
}
