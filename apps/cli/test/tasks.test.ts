// `imgctl tasks list` and `imgctl tasks ack` against the embedded emulator (tasks take 150 ms).
import type { Task, TaskIdList, TaskList } from "@imgctl/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demo, imgctl, imgctlJson, sandbox, withEnv } from "./helpers/run.js";

let box: ReturnType<typeof sandbox>;
/** Tasks this file started (alpha, project 10, region 1), oldest first. */
const started: string[] = [];

beforeAll(async () => {
  box = sandbox();
  for (let i = 0; i < 3; i++) {
    started.push(
      (await imgctlJson<TaskIdList>(["images", "create", "--name", `cli-task-${i}`, "--volume-id", demo.bootVolume]))
        .tasks[0]!,
    );
  }
  for (const id of started) await imgctlJson<Task>(["tasks", "wait", id]);
});
afterAll(() => box.restore());

const ids = (list: TaskList) => list.results.map((t) => t.id);
const missingTask = "44444444-0000-4000-8000-0000000000ff";

describe("tasks list", () => {
  it("a table of the project's tasks in the region, newest first", async () => {
    const out = await imgctl(["tasks", "list"]);
    expect(out.code, out.stderr).toBe(0);
    const lines = out.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^ID\s+TYPE\s+STATE\s+PROJECT\s+REGION\s+CREATED\s+ACKNOWLEDGED\s+IMAGES$/);
    expect(lines[1]).toMatch(new RegExp(`^${started[2]}\\s+create_image\\s+FINISHED\\s+10\\s+1\\s`));
    const json = await imgctlJson<TaskList>(["tasks", "list"]);
    expect(ids(json).slice(0, 3)).toEqual([...started].reverse());
    expect(json.results.every((t) => t.project_id === 10 && t.region_id === 1)).toBe(true);
  });

  it("filters: --state, --type, --no-acknowledged, --order asc", async () => {
    expect(
      ids(
        await imgctlJson<TaskList>([
          "tasks",
          "list",
          "--state",
          "FINISHED",
          "--type",
          "create_image",
          "--order",
          "asc",
          "--limit",
          "1000",
        ]),
      ).slice(-3),
    ).toEqual(started);
    expect((await imgctlJson<TaskList>(["tasks", "list", "--state", "RUNNING", "--state", "NEW"])).count).toBe(0);
    expect((await imgctlJson<TaskList>(["tasks", "list", "--type", "download_image"])).count).toBe(0);
    expect(ids(await imgctlJson<TaskList>(["tasks", "list", "--no-acknowledged"]))).toContain(started[0]);
  });

  it("one page by default, with a note; --all reads every page", async () => {
    const page = await imgctl(["tasks", "list", "--limit", "2"]);
    expect(page.stdout.trim().split("\n")).toHaveLength(3);
    const count = (await imgctlJson<TaskList>(["tasks", "list", "--limit", "2"])).count;
    expect(page.stderr).toBe(`2 of ${count} tasks shown; --all for every page\n`);
    const all = await imgctlJson<TaskList>(["tasks", "list", "--all", "--limit", "2"]);
    expect(all.count).toBe(count);
    expect(new Set(ids(all)).size).toBe(count);
    expect((await imgctl(["tasks", "list", "--all", "--limit", "2"])).stderr).toBe("");
  });

  it("--active lists the NEW and RUNNING tasks only", async () => {
    const { tasks } = await imgctlJson<TaskIdList>([
      "images",
      "create",
      "--name",
      "cli-task-active",
      "--volume-id",
      demo.bootVolume,
    ]);
    expect(ids(await imgctlJson<TaskList>(["tasks", "list", "--active"]))).toEqual(tasks);
    await imgctlJson<Task>(["tasks", "wait", tasks[0]!]);
    expect((await imgctlJson<TaskList>(["tasks", "list", "--active", "--all"])).count).toBe(0);
  });

  it("another client's tasks are not listed", async () => {
    const beta = await withEnv({ GCORE_API_KEY: demo.betaKey }, () =>
      imgctlJson<TaskList>(["tasks", "list", "--project", "20", "--all"]),
    );
    expect(ids(beta)).not.toContain(started[0]);
    const foreign = await imgctlJson<TaskList>(["tasks", "list", "--project", "20"]);
    expect(foreign.count).toBe(0);
  });

  it("bad flag values are usage errors (exit 2), one line", async () => {
    const cases: Array<[string[], string]> = [
      [
        ["--state", "DONE"],
        "Error: Expected --state=DONE to be one of: NEW, RUNNING, FINISHED, ERROR See more help with --help\n",
      ],
      [
        ["--limit", "0"],
        "Error: Parsing --limit Expected an integer greater than or equal to 1 but received: 0 See more help with --help\n",
      ],
      [
        ["--limit", "many"],
        "Error: Parsing --limit Expected an integer but received: many See more help with --help\n",
      ],
      [["--order", "random"], "Error: Expected --order=random to be one of: desc, asc See more help with --help\n"],
      [
        ["--active", "--state", "NEW"],
        "Error: The following error occurred: --state=NEW cannot also be provided when using --active See more help with --help\n",
      ],
    ];
    for (const [args, stderr] of cases) {
      const out = await imgctl(["tasks", "list", ...args]);
      expect(out.code, args.join(" ")).toBe(2);
      expect(out.stderr, args.join(" ")).toBe(stderr);
    }
  });
});

describe("tasks ack", () => {
  it("acknowledges the tasks named and prints them", async () => {
    const out = await imgctl(["tasks", "ack", started[0]!, started[1]!]);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout.trim().split("\n")).toHaveLength(3);
    const again = await imgctlJson<TaskList>(["tasks", "ack", started[0]!]);
    expect(again.results[0]).toMatchObject({
      id: started[0],
      acknowledged_at: expect.any(String),
      acknowledged_by: expect.any(Number),
    });
    const get = await imgctl(["tasks", "get", started[0]!]);
    expect(get.stdout).toMatch(/^acknowledged\s+\S+ by user \d+$/m);
    expect(ids(await imgctlJson<TaskList>(["tasks", "list", "--acknowledged", "--all"]))).toEqual(
      expect.arrayContaining([started[0], started[1]]),
    );
  });

  it("--all acknowledges every finished task of the project and region", async () => {
    const out = await imgctl(["tasks", "ack", "--all"]);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toBe("acknowledged every finished task of project 10 in region 1\n");
    expect(await imgctlJson(["tasks", "ack", "--all"])).toEqual({ acknowledged: "all", project_id: 10, region_id: 1 });
    expect((await imgctlJson<TaskList>(["tasks", "list", "--no-acknowledged", "--state", "FINISHED"])).count).toBe(0);
  });

  it("ids or --all, exactly one of them (exit 2); a malformed id is a usage error", async () => {
    const none = await imgctl(["tasks", "ack"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe("Error: pass the task ids to acknowledge, or --all\n");
    const both = await imgctl(["tasks", "ack", started[0]!, "--all"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toBe("Error: pass task ids or --all, not both\n");
    const bad = await imgctl(["tasks", "ack", started[0]!, "nope"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('Error: task id must be a UUID, got "nope"\n');
  });

  it("an unknown id, or another client's task, is the API's 404 (exit 3)", async () => {
    const out = await imgctl(["tasks", "ack", missingTask]);
    expect(out.code).toBe(3);
    expect(out.stderr).toMatch(
      new RegExp(`^Error: 404 NotFoundError: Task ${missingTask} not found \\(request id [0-9a-f]+\\)\n$`),
    );
    const beta = await withEnv({ GCORE_API_KEY: demo.betaKey }, () => imgctl(["tasks", "ack", started[2]!, "--json"]));
    expect(beta.code).toBe(3);
    expect(JSON.parse(beta.stdout)).toMatchObject({
      error: { status: 404, message: `Task ${started[2]} not found`, exitCode: 3 },
    });
  });

  it("a task still running cannot be acknowledged: the API's 409 (exit 3)", async () => {
    const { tasks } = await imgctlJson<TaskIdList>([
      "images",
      "create",
      "--name",
      "cli-task-running",
      "--volume-id",
      demo.bootVolume,
    ]);
    const out = await imgctl(["tasks", "ack", tasks[0]!]);
    expect(out.code).toBe(3);
    expect(out.stderr).toMatch(
      new RegExp(
        `^Error: 409 ConflictError: Task ${tasks[0]} is (NEW|RUNNING): only a FINISHED or ERROR task can be acknowledged \\(request id [0-9a-f]+\\)\n$`,
      ),
    );
    await imgctlJson<Task>(["tasks", "wait", tasks[0]!]);
  });
});
