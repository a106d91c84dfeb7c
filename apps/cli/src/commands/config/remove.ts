import { Args } from "@oclif/core";
import { BaseCommand, ConfigStore, EXIT, LOCAL_PROFILE } from "@imgctl/cli-core";

export interface ConfigRemoveResult {
  removed: string;
  current: string;
}

export default class ConfigRemove extends BaseCommand<typeof ConfigRemove> {
  static override summary = "remove a profile";
  static override description =
    "Removing `local` only drops its overrides. If the current profile is removed, `local` becomes current.";
  static override examples = ["<%= config.bin %> <%= command.id %> prod"];
  static override args = { name: Args.string({ description: "profile name", required: true }) };

  async run(): Promise<ConfigRemoveResult> {
    const { name } = this.args;
    const store = new ConfigStore();
    const data = store.update((d) => {
      if (!d.profiles[name] && name !== LOCAL_PROFILE)
        this.error(`profile "${name}" does not exist`, { exit: EXIT.usage });
      delete d.profiles[name];
      if (d.current === name) delete d.current;
    });
    const current = store.currentName(data);
    this.log(`removed profile ${name}; current profile: ${current}`);
    return { removed: name, current };
  }
}
