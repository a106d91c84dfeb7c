import { Args } from "@oclif/core";
import { BaseCommand, ConfigStore, EXIT, LOCAL_PROFILE } from "@imgctl/cli-core";

export default class ConfigUse extends BaseCommand<typeof ConfigUse> {
  static override summary = "make a profile the current one";
  static override examples = ["<%= config.bin %> <%= command.id %> prod", "<%= config.bin %> <%= command.id %> local"];
  static override args = { name: Args.string({ description: "profile name", required: true }) };

  async run(): Promise<{ current: string }> {
    const { name } = this.args;
    const store = new ConfigStore();
    store.update((data) => {
      if (name !== LOCAL_PROFILE && !data.profiles[name]) {
        this.error(
          `profile "${name}" does not exist; create it with \`imgctl config set api-url URL --profile ${name}\``,
          { exit: EXIT.usage },
        );
      }
      data.current = name;
    });
    this.log(`current profile: ${name}`);
    return { current: name };
  }
}
