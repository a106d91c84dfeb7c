import type { Task } from "@imgctl/types";
import { BaseCommand, renderKeyValues, uuidArg } from "@imgctl/cli-core";
import { taskDetails } from "../../lib/tasks/render.js";

export default class TasksGet extends BaseCommand<typeof TasksGet> {
  static override summary = "show a task";
  static override examples = ["<%= config.bin %> <%= command.id %> d1b0f4a2-3c5e-4f6a-9b8c-7d6e5f4a3b21"];
  static override args = { id: uuidArg("task id") };

  async run(): Promise<Task> {
    const client = await this.client();
    const task = await client.tasks.get(this.args.id);
    this.log(renderKeyValues(taskDetails(task), { color: this.color }));
    return task;
  }
}
