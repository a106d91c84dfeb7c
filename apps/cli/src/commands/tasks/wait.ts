import type { Task } from "@imgctl/types";
import { renderKeyValues, uuidArg } from "@imgctl/cli-core";
import { TaskCommand } from "../../lib/task-command.js";
import { taskDetails } from "../../lib/tasks/render.js";

export default class TasksWait extends TaskCommand<typeof TasksWait> {
  static override summary = "wait for a task to finish";
  static override description =
    "Polls until FINISHED (exit 0) or ERROR (exit 1). Ctrl-C stops waiting; the task keeps running.";
  static override examples = ["<%= config.bin %> <%= command.id %> d1b0f4a2-3c5e-4f6a-9b8c-7d6e5f4a3b21"];
  static override args = { id: uuidArg("task id") };

  async run(): Promise<Task> {
    const task = await this.waitTask(this.args.id);
    this.log(renderKeyValues(taskDetails(task), { color: this.color }));
    return task;
  }
}
