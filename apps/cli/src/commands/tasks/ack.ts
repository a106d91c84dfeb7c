import { Args, Errors, Flags } from "@oclif/core";
import type { Task, TaskList } from "@imgctl/types";
import { BaseCommand, EXIT } from "@imgctl/cli-core";
import { parseTaskIds } from "../../lib/tasks/ids.js";
import { taskColumns } from "../../lib/tasks/render.js";

/** `tasks ack --all`: which tasks were acknowledged. */
export interface AcknowledgedAll {
  acknowledged: "all";
  project_id: number;
  region_id: number;
}

export default class TasksAck extends BaseCommand<typeof TasksAck> {
  static override summary = "acknowledge finished tasks (mark them as seen)";
  static override description =
    "Acknowledges the tasks named, in order, and prints them; --all acknowledges every finished task of the project and region in effect. A task still NEW or RUNNING cannot be acknowledged (409); acknowledging one twice changes nothing.";
  static override strict = false;
  static override usage = ["tasks ack ID...", "tasks ack --all"];
  static override examples = [
    "<%= config.bin %> <%= command.id %> d1b0f4a2-3c5e-4f6a-9b8c-7d6e5f4a3b21",
    "<%= config.bin %> <%= command.id %> --all",
  ];
  static override args = { ids: Args.string({ description: "task ids" }) };
  static override flags = {
    all: Flags.boolean({ summary: "every finished task of the project and region, instead of named ones" }),
  };

  async run(): Promise<TaskList | AcknowledgedAll> {
    const ids = parseTaskIds(this.argvValues);
    if (Boolean(this.flags.all) === ids.length > 0) {
      const problem = this.flags.all
        ? "pass task ids or --all, not both"
        : "pass the task ids to acknowledge, or --all";
      throw new Errors.CLIError(problem, { exit: EXIT.usage });
    }
    const client = await this.client();
    if (this.flags.all) {
      const scope = { project_id: this.projectId(), region_id: this.regionId() };
      await client.tasks.acknowledgeAll(scope);
      this.log(`acknowledged every finished task of project ${scope.project_id} in region ${scope.region_id}`);
      return { acknowledged: "all", ...scope };
    }
    const results: Task[] = [];
    // One at a time, in order: an error stops the command, and the tasks before it stay acknowledged.
    for (const id of ids) results.push(await client.tasks.acknowledge(id));
    this.table(results, taskColumns);
    return { count: results.length, results };
  }
}
