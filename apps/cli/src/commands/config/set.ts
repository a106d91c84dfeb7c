import { Args } from "@oclif/core";
import {
  BaseCommand,
  ConfigStore,
  EXIT,
  PROFILE_KEYS,
  isValidProfileName,
  parseProfileValue,
  type ProfileKey,
} from "@imgctl/cli-core";
import { readStdin } from "../../lib/config/stdin.js";

export interface ConfigSetResult {
  profile: string;
  key: ProfileKey;
  value: string | number;
  file: string;
}

export default class ConfigSet extends BaseCommand<typeof ConfigSet> {
  static override summary = "set a value of a profile (created if new)";
  static override description =
    "Writes to --profile, else the current profile. For api-key, pass - to read the key from stdin (keeps it out of shell history). The file is written with mode 0600.";
  static override examples = [
    "<%= config.bin %> <%= command.id %> api-url https://api.gcore.com/cloud --profile prod",
    'printf %s "$KEY" | <%= config.bin %> <%= command.id %> api-key - --profile prod',
    "<%= config.bin %> <%= command.id %> project 11",
  ];
  static override args = {
    key: Args.string({ description: "setting", options: Object.keys(PROFILE_KEYS), required: true }),
    value: Args.string({ description: "value", required: true }),
  };

  async run(): Promise<ConfigSetResult> {
    const key = this.args.key as ProfileKey;
    const store = new ConfigStore();
    const name = this.flags.profile ?? store.currentName();
    if (!isValidProfileName(name))
      this.error(`invalid profile name "${name}" (letters, digits, . _ -)`, { exit: EXIT.usage });
    const raw = key === "api-key" && this.args.value === "-" ? await readStdin() : this.args.value;
    let value: string | number;
    try {
      value = parseProfileValue(key, raw);
    } catch (error) {
      this.error((error as Error).message, { exit: EXIT.usage });
    }
    store.update((data) => {
      data.profiles[name] = { ...data.profiles[name], [PROFILE_KEYS[key]]: value };
    });
    const shown = key === "api-key" ? "***" : value;
    this.log(`${name}: ${key} = ${shown}`);
    return { profile: name, key, value: shown, file: store.file };
  }
}
