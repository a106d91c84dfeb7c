import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { configFile } from "./paths.js";
import { LOCAL_PROFILE, type Profile } from "./profile.js";

export interface ConfigData {
  /** The profile used when neither `--profile` nor IMGCTL_PROFILE names one. */
  current?: string;
  profiles: Record<string, Profile>;
}

/**
 * The CLI's config file (JSON). Written atomically (temp file + rename) with mode 0600 because
 * it holds API keys; its directory is created with mode 0700.
 */
export class ConfigStore {
  constructor(readonly file: string = configFile()) {}

  read(): ConfigData {
    let text: string;
    try {
      text = readFileSync(this.file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return { profiles: {} };
      throw error;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new Error(`${this.file} is not valid JSON; fix or delete it`);
    }
    const obj = (data ?? {}) as Partial<ConfigData>;
    const profiles = obj.profiles && typeof obj.profiles === "object" ? obj.profiles : {};
    return { ...(typeof obj.current === "string" ? { current: obj.current } : {}), profiles };
  }

  write(data: ConfigData): void {
    mkdirSync(dirname(this.file), { recursive: true, mode: 0o700 });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600 });
    chmodSync(tmp, 0o600); // the mode option is filtered by the umask; be explicit
    renameSync(tmp, this.file);
  }

  currentName(data: ConfigData = this.read()): string {
    return data.current ?? LOCAL_PROFILE;
  }

  /** Applies `change` to the stored data and writes it back. */
  update(change: (data: ConfigData) => void): ConfigData {
    const data = this.read();
    change(data);
    this.write(data);
    return data;
  }
}
