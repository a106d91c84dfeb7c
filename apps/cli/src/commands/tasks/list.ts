import { Errors, Flags } from "@oclif/core";
import type { TaskListParams } from "@imgctl/client";
import type { TaskList } from "@imgctl/types";
import { BaseCommand, EXIT } from "@imgctl/cli-core";
import { listActiveTasks, listTasks } from "../../lib/tasks/list.js";
import { TASK_STATES, taskColumns } from "../../lib/tasks/render.js";

export default class TasksList extends BaseCommand<typeof TasksList> {
  static override summary = "list the tasks of the project in the region";
  static override description =
    "Newest first, one page (--limit, default 10) unless --all. Only tasks of the project and region in effect (--project, --region, the profile). --active lists the NEW and RUNNING ones from the API's active-task list.";
  static override aliases = ["tasks:ls"];
  static override examples = [
    "<%= config.bin %> <%= command.id %>",
    "<%= config.bin %> <%= command.id %> --state RUNNING --state NEW --all",
    "<%= config.bin %> <%= command.id %> --type download_image --no-acknowledged --json",
    "<%= config.bin %> <%= command.id %> --active",
  ];
  static override flags = {
    state: Flags.option({ options: TASK_STATES, multiple: true, summary: "only tasks in this state (repeatable)" })(),
    type: Flags.string({ summary: "only tasks of this type, e.g. create_image, download_image, delete_image" }),
    acknowledged: Flags.boolean({
      allowNo: true,
      summary: "only acknowledged tasks (--no-acknowledged: only those not acknowledged yet)",
    }),
    order: Flags.option({
      options: ["desc", "asc"] as const,
      summary: "by creation time: newest first (desc, the default) or oldest first",
    })(),
    active: Flags.boolean({
      summary: "only NEW and RUNNING tasks (the API's active list)",
      exclusive: ["state", "acknowledged", "order"],
    }),
    limit: Flags.integer({ min: 1, max: 1000, summary: "tasks per page (default 10; with --all, 100)" }),
    offset: Flags.integer({ min: 0, summary: "skip this many matching tasks" }),
    all: Flags.boolean({ summary: "every page, not only the first" }),
  };

  async run(): Promise<TaskList> {
    const f = this.flags;
    if (f.type === "") throw new Errors.CLIError("--type must not be empty", { exit: EXIT.usage });
    const client = await this.client();
    const paging = {
      ...(f.limit !== undefined ? { limit: f.limit } : {}),
      ...(f.offset !== undefined ? { offset: f.offset } : {}),
    };
    let list: TaskList;
    if (f.active) {
      const scope = { project_id: this.projectId(), region_id: this.regionId() };
      list = await listActiveTasks(
        client,
        { ...scope, ...paging, ...(f.type !== undefined ? { task_type: [f.type] } : {}) },
        f.all,
      );
    } else {
      const params: TaskListParams = { project_id: [this.projectId()], region_id: [this.regionId()], ...paging };
      if (f.state?.length) params.state = f.state;
      if (f.type !== undefined) params.task_type = f.type;
      if (f.acknowledged !== undefined) params.is_acknowledged = f.acknowledged;
      if (f.order) params.order_by = f.order;
      list = await listTasks(client, params, f.all);
    }
    this.table(list.results, taskColumns);
    if (!f.all && (f.offset ?? 0) + list.results.length < list.count && !this.jsonEnabled()) {
      this.logToStderr(`${list.results.length} of ${list.count} tasks shown; --all for every page`);
    }
    return list;
  }
}
