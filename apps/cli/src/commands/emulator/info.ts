import { BaseCommand, LOCAL_API_URL, LOCAL_DEFAULTS, localDbPath, localTaskMs, type Column } from "@imgctl/cli-core";
import { dbSize } from "../../lib/emulator/db-files.js";
import { demoKeys, type DemoKey } from "../../lib/emulator/keys.js";

export interface EmulatorInfoResult {
  db: string;
  exists: boolean;
  bytes: number | null;
  apiUrl: string;
  taskMs: number;
  defaults: { apiKey: string; project: number; region: number };
  keys: DemoKey[];
}

const keyColumns: ReadonlyArray<Column<DemoKey>> = [
  { header: "key", get: (k) => k.key },
  { header: "role", get: (k) => k.role },
  { header: "name", get: (k) => k.name },
  { header: "id", get: (k) => k.entityId },
  {
    header: "projects",
    get: (k) => (k.role === "admin" ? "all" : k.projects.map((p) => `${p.id} ${p.name}`).join(", ")),
  },
];

export default class EmulatorInfo extends BaseCommand<typeof EmulatorInfo> {
  static override summary = "show the local emulator's database and demo keys";
  static override examples = [
    "<%= config.bin %> <%= command.id %>",
    "GCORE_API_KEY='imgctl-demo$admin' <%= config.bin %> images list",
  ];

  async run(): Promise<EmulatorInfoResult> {
    const db = localDbPath();
    const bytes = dbSize(db);
    const result: EmulatorInfoResult = {
      db,
      exists: bytes !== null,
      bytes,
      apiUrl: LOCAL_API_URL,
      taskMs: localTaskMs(),
      defaults: { apiKey: LOCAL_DEFAULTS.apiKey, project: LOCAL_DEFAULTS.project, region: LOCAL_DEFAULTS.region },
      keys: await demoKeys(),
    };
    this.log(`database   ${db}${bytes === null ? " (created on first use)" : ` (${bytes} bytes)`}`);
    this.log(
      `profile    local: project ${result.defaults.project}, region ${result.defaults.region}, key ${result.defaults.apiKey}`,
    );
    this.log(`tasks      finish after ${result.taskMs} ms (IMGCTL_LOCAL_TASK_MS)`);
    this.log("demo keys  (use with --api-key or GCORE_API_KEY; valid only on the emulator)");
    this.table(result.keys, keyColumns);
    return result;
  }
}
