import { Flags } from "@oclif/core";
import type { Task, TaskIdList } from "@imgctl/types";
import { EXIT, canPrompt, confirm, uuidArg } from "@imgctl/cli-core";
import { waitFlag } from "../../lib/images/flags.js";
import { TaskCommand } from "../../lib/task-command.js";

export interface ImagesDeleteResult {
  id: string;
  tasks: string[];
  /** With --wait: the finished delete task. */
  task?: Task;
}

export default class ImagesDelete extends TaskCommand<typeof ImagesDelete> {
  static override summary = "delete an image";
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
    const started: TaskIdList = await client.images.delete(id, { project_id: this.projectId(), region_id: this.regionId() });
    const result: ImagesDeleteResult = { id, tasks: started.tasks };
    const taskId = started.tasks[0];
    if (!this.flags.wait || !taskId) {
      this.printStarted(started);
      return result;
    }
    result.task = await this.waitTask(taskId);
    this.log(`deleted image ${id}`);
    return result;
  }
}
