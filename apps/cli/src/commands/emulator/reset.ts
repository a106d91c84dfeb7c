import { Flags } from "@oclif/core";
import { BaseCommand, EXIT, canPrompt, confirm, localDbPath, openLocalEmulator } from "@imgctl/cli-core";
import { removeDb } from "../../lib/emulator/db-files.js";

export default class EmulatorReset extends BaseCommand<typeof EmulatorReset> {
  static override summary = "delete the local emulator's data and seed the demo fixture again";
  static override examples = ["<%= config.bin %> <%= command.id %> --yes"];
  static override flags = {
    yes: Flags.boolean({ char: "y", summary: "do not ask for confirmation" }),
  };

  async run(): Promise<{ db: string; reset: true }> {
    const db = localDbPath();
    if (!this.flags.yes) {
      if (!canPrompt()) this.error("refusing to reset without --yes when not on a terminal", { exit: EXIT.usage });
      if (!(await confirm(`Delete every image, share and task in ${db}?`)))
        this.error("not reset", { exit: EXIT.failure });
    }
    removeDb(db);
    // Seed now rather than on the next command, so a broken install shows up here.
    const emulator = await openLocalEmulator({ db });
    await emulator.close();
    this.log(`reset ${db} to the demo fixture`);
    return { db, reset: true };
  }
}
