import { Flags } from "@oclif/core";
import type { Task, TaskIdList } from "@imgctl/types";
import { EXIT, canPrompt, confirm, uuidArg } from "@imgctl/cli-core";
import { waitFlag } from "../../lib/images/flags.js";
import { TaskCommand } from "../../lib/task-command.js";
import { deleteAndWait } from "../../lib/tasks/wait.js";

export interface ImagesDeleteResult {
  id: string;
  /** The delete task; with --wait, empty when a lost answer's retry found the image already gone. */
  tasks: string[];
  /** With --wait: the finished delete task (absent when the image was found already gone). */
  task?: Task;
}

export default class ImagesDelete extends TaskCommand<typeof ImagesDelete> {
  static override summary = "delete an image";
  static override aliases = ["images:rm"];
  static override description = "Asks for confirmation on a terminal; elsewhere --yes is required.";
  static override examples = ["<%= config.bin %> <%= command.id %> 3c8a9b4e-0000-4000-8000-000000000001 --yes --wait"];
  static override args = { id: uuidArg("image id") };
  static override flags = {
    yes: Flags.boolean({ char: "y", summary: "do not ask for confirmation" }),
    wait: waitFlag,
  };

  async run(): Promise<ImagesDeleteResult> {
    const { id } = this.args;
    if (!this.flags.yes) {
      if (!canPrompt()) this.error("refusing to delete without --yes when not on a terminal", { exit: EXIT.usage });
      if (!(await confirm(`Delete image ${id} in project ${this.projectId()}, region ${this.regionId()}?`))) {
        this.error("not deleted", { exit: EXIT.failure });
      }
    }
    const client = await this.client();
    const scope = { project_id: this.projectId(), region_id: this.regionId() };
    if (!this.flags.wait) {
      const started: TaskIdList = await client.images.delete(id, scope);
      this.printStarted(started);
      return { id, tasks: started.tasks };
    }
    // The client's rule: success once the image is gone, also when the DELETE's answer was lost.
    const task = await deleteAndWait({ client, json: this.jsonEnabled(), local: this.settings.local }, id, scope);
    this.log(`deleted image ${id}`);
    return task ? { id, tasks: [task.id], task } : { id, tasks: [] };
  }
}
