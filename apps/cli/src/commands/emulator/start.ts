import { Flags } from "@oclif/core";
import { BaseCommand, LOCAL_API_KEY, localDbPath, localTaskMs } from "@imgctl/cli-core";

export interface EmulatorStartInfo {
  url: string;
  port: number;
  db: string;
  fixture: string;
  apiVersion: string;
}

export default class EmulatorStart extends BaseCommand<typeof EmulatorStart> {
  static override summary = "serve the emulator over HTTP for other clients (curl, SDKs)";
  static override description =
    "Serves the same API as the local profile, by default on the same database. Stops on Ctrl-C. With --json, prints one JSON line when ready.";
  static override examples = [
    "<%= config.bin %> <%= command.id %> --port 8080",
    "<%= config.bin %> <%= command.id %> --port 0 --db :memory: --fixture none",
    "<%= config.bin %> <%= command.id %> --api-version 2026-08",
  ];
  static override flags = {
    port: Flags.integer({ min: 0, max: 65535, default: 8080, summary: "TCP port (0 picks a free one)" }),
    host: Flags.string({ default: "127.0.0.1", summary: "interface to listen on" }),
    db: Flags.string({ summary: "SQLite file, or :memory: (default: the local profile's database)" }),
    fixture: Flags.string({
      default: "demo",
      summary: "demo, none, or a YAML/JSON fixture file (seeds an empty database)",
    }),
    "task-ms": Flags.integer({ min: 0, summary: "how long tasks take (default IMGCTL_LOCAL_TASK_MS or 1500)" }),
    "api-version": Flags.string({
      options: ["2025-04", "2026-08"],
      default: "2025-04",
      env: "GCORE_API_VERSION",
      summary: "API generation to speak (the same database serves both); GCORE_API_VERSION, as the client reads it",
    }),
  };

  async run(): Promise<void> {
    const f = this.flags;
    const { createEmulator } = await import("@imgctl/emulator");
    const db = f.db ?? localDbPath();
    if (db !== ":memory:")
      (await import("node:fs")).mkdirSync((await import("node:path")).dirname(db), { recursive: true });
    const ms = f["task-ms"] ?? localTaskMs();
    const apiVersion = f["api-version"] === "2026-08" ? "2026-08" : "2025-04";
    const emulator = createEmulator({
      db,
      fixture: f.fixture,
      apiVersion,
      tasks: ms === 0 ? { mode: "immediate" } : { mode: "delay", ms },
    });
    const server = await emulator.listen({ port: f.port, host: f.host });
    const info: EmulatorStartInfo = { url: server.url, port: server.port, db, fixture: f.fixture, apiVersion };
    if (this.jsonEnabled()) process.stdout.write(`${JSON.stringify(info)}\n`);
    this.log(`imgctl emulator listening on ${server.url} (API ${apiVersion}, database ${db})`);
    // The host root: Gcore's SDKs add /cloud themselves (imgctl accepts both forms).
    this.log(
      `try: GCORE_BASE_URL=${server.url.replace(/\/cloud$/, "")} GCORE_API_KEY='${LOCAL_API_KEY}' ${this.config.bin} images list`,
    );
    this.log("Ctrl-C to stop");
    await new Promise<void>((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    await server.close();
    await emulator.close();
  }
}
