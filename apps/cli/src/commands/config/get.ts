import { Args } from "@oclif/core";
import { BaseCommand, PROFILE_KEYS, type ProfileKey } from "@imgctl/cli-core";

export interface ConfigGetResult {
  profile: string;
  local: boolean;
  values: Record<ProfileKey, string | number | null>;
}

export default class ConfigGet extends BaseCommand<typeof ConfigGet> {
  static override summary = "show the settings in effect (flags > env > profile > defaults)";
  static override description = "With KEY, only that value. The API key shows as *** when set.";
  static override examples = [
    "<%= config.bin %> <%= command.id %>",
    "<%= config.bin %> <%= command.id %> project --profile prod",
  ];
  static override args = {
    key: Args.string({ description: "one setting", options: Object.keys(PROFILE_KEYS) }),
  };

  async run(): Promise<ConfigGetResult> {
    const s = this.settings;
    const values: ConfigGetResult["values"] = {
      "api-url": s.apiUrl,
      "api-key": s.apiKey ? "***" : null,
      project: s.project ?? null,
      region: s.region ?? null,
      policy: s.policy ?? null,
      "api-version": s.apiVersion,
    };
    const key = this.args.key as ProfileKey | undefined;
    if (key) {
      this.log(String(values[key] ?? ""));
      return { profile: s.profile, local: s.local, values: { [key]: values[key] } as ConfigGetResult["values"] };
    }
    const width = Math.max(...Object.keys(values).map((k) => k.length));
    this.log(`profile  ${s.profile}${s.local ? " (local emulator)" : ""}`);
    for (const [k, v] of Object.entries(values)) this.log(`${k.padEnd(width)}  ${v ?? "-"}`);
    return { profile: s.profile, local: s.local, values };
  }
}
