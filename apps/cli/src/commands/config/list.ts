import { BaseCommand, ConfigStore, type Column } from "@imgctl/cli-core";
import { listProfiles, type ProfileView } from "../../lib/config/view.js";

export interface ConfigListResult {
  file: string;
  current: string;
  profiles: ProfileView[];
}

const columns: ReadonlyArray<Column<ProfileView>> = [
  { header: "", get: (p) => (p.current ? "*" : " ") },
  { header: "name", get: (p) => p.name },
  { header: "api url", get: (p) => p.apiUrl },
  { header: "project", get: (p) => p.project },
  { header: "region", get: (p) => p.region },
  { header: "api key", get: (p) => p.apiKey },
  { header: "policy", get: (p) => p.policy },
  { header: "api version", get: (p) => p.apiVersion },
];

export default class ConfigList extends BaseCommand<typeof ConfigList> {
  static override summary = "list the profiles (the current one is starred)";
  static override examples = ["<%= config.bin %> <%= command.id %>"];

  async run(): Promise<ConfigListResult> {
    const store = new ConfigStore();
    const data = store.read();
    const current = store.currentName(data);
    const profiles = listProfiles(data, current);
    this.table(profiles, columns);
    return { file: store.file, current, profiles };
  }
}
