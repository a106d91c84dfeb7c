import type { Image, ImageList, Task, TaskIdList } from "@imgctl/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { imgctlSync } from "./helpers/spawn.js";
import { demo, imgctl, imgctlJson, sandbox } from "./helpers/run.js";

let box: ReturnType<typeof sandbox>;
beforeAll(() => {
  box = sandbox();
});
afterAll(() => box.restore());

describe("images list", () => {
  it("prints a table of the demo images on the local profile by default", async () => {
    const out = await imgctl(["images", "list"]);
    expect(out.code).toBe(0);
    const lines = out.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^ID\s+NAME\s+STATUS\s+VISIBILITY\s+OS\s+ARCH\s+SIZE$/);
    expect(out.stdout).toContain("alpha-web-golden");
    expect(out.stdout).toContain("ubuntu-22.04-x64");
    expect(out.stdout).not.toContain("\u001B["); // no colour off a TTY
  });

  it("--json prints the API's ImageList", async () => {
    const list = await imgctlJson<ImageList>(["images", "list"]);
    expect(list.count).toBe(list.results.length);
    expect(list.results.map((i) => i.id)).toContain(demo.goldenImage);
  });

  it("filters by visibility, metadata and ownership", async () => {
    const pub = await imgctlJson<ImageList>(["images", "list", "--visibility", "public"]);
    expect(pub.results.length).toBeGreaterThan(0);
    expect(pub.results.every((i) => i.visibility === "public")).toBe(true);
    const kv = await imgctlJson<ImageList>(["images", "list", "--metadata", "env=prod", "--metadata-key", "owner"]);
    expect(kv.results.map((i) => i.id)).toEqual([demo.goldenImage]);
    const owned = await imgctlJson<ImageList>(["images", "list", "--owned"]);
    expect(owned.results.every((i) => i.project_id === 10)).toBe(true);
    const priv = await imgctlJson<ImageList>(["images", "list", "--private"]);
    expect(priv.results.map((i) => i.id)).toEqual(owned.results.map((i) => i.id));
  });

  it("one way to see only your own images: --owned (--private is its deprecated spelling)", async () => {
    const owned = await imgctlJson<ImageList>(["images", "list", "--owned"]);
    expect(owned.results.map((i) => i.id)).toEqual([demo.goldenImage]);
    const priv = imgctlSync(["images", "list", "--private", "--columns", "id"]);
    expect(priv.status).toBe(0);
    expect(priv.stdout).toBe(`ID\n${demo.goldenImage}\n`);
    expect(priv.stderr).toContain('The "--private" flag has been deprecated. Use "--owned" instead.');
  });

  it("images ls and images rm are aliases; --columns picks the table's columns", async () => {
    const ls = await imgctl(["images", "ls", "--owned", "--columns", "id,name,created"]);
    expect(ls.stdout).toBe(
      `ID                                    NAME              CREATED\n${demo.goldenImage}  alpha-web-golden  2025-04-02T12:00:00.000Z\n`,
    );
    const rm = await imgctl(["images", "rm", demo.missingImage, "--yes"]);
    expect(rm.code).toBe(3);
    expect(rm.stderr).toMatch(/^Error: 404 /);
    const bad = await imgctl(["images", "list", "--columns", "id,nope"]);
    expect(bad.stderr).toContain('unknown column "nope"; choose from id,name,status,visibility,os,arch,size,');
  });

  it("--include-prices adds price columns", async () => {
    const out = await imgctl(["images", "list", "--include-prices"]);
    expect(out.stdout.split("\n")[0]).toMatch(/PER HOUR\s+PER MONTH$/);
  });

  it("rejects bad flag values before any request, with exit 2", async () => {
    for (const args of [
      ["--visibility", "secret"],
      ["--metadata", "novalue"],
      ["--project", "abc"],
      ["--region", "0"],
      ["--api-url", "ftp://x"],
      ["--columns", "id,nope"],
      ["--nope"],
    ]) {
      const out = await imgctl(["images", "list", ...args]);
      expect(out.code, args.join(" ")).toBe(2);
      expect(out.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
    }
  });
});

describe("images get", () => {
  it("shows an image as key/value lines and as JSON", async () => {
    const out = await imgctl(["images", "get", demo.goldenImage]);
    expect(out.stdout).toMatch(/^name\s+alpha-web-golden$/m);
    expect(out.stdout).toMatch(/^metadata\s+.*owner=team-web/m);
    const image = await imgctlJson<Image>(["images", "get", demo.goldenImage]);
    expect(image).toMatchObject({ id: demo.goldenImage, metadata: { owner: "team-web", env: "prod" } });
  });

  it("an unknown id is one line with status, class, message and request id, exit 3", async () => {
    const out = await imgctl(["images", "get", demo.missingImage]);
    expect(out.code).toBe(3);
    expect(out.stdout).toBe("");
    expect(out.stderr).toMatch(/^Error: 404 \w+: .+ \(request id [0-9a-f]+\)\n$/);
    const json = await imgctl(["images", "get", demo.missingImage, "--json"]);
    expect(json.code).toBe(3);
    expect(JSON.parse(json.stdout)).toMatchObject({
      error: { status: 404, exitCode: 3, requestId: expect.any(String) },
    });
  });

  it("a malformed id is a usage error (exit 2) before any request", async () => {
    const out = await imgctl(["images", "get", "not-a-uuid", "--debug"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("image id must be a UUID");
    expect(out.stderr).not.toContain("imgctl debug");
  });
});

describe("images create, update, delete and tasks", () => {
  it("create without --wait prints the task; tasks wait follows it to the end", async () => {
    const out = await imgctl<TaskIdList>(["images", "create", "--name", "cli-nowait", "--volume-id", demo.bootVolume]);
    expect(out.code).toBe(0);
    const taskId = out.result!.tasks[0]!;
    expect(out.stdout).toContain(`imgctl tasks wait ${taskId}`);
    const task = await imgctlJson<Task>(["tasks", "wait", taskId]);
    expect(task.state).toBe("FINISHED");
    const got = await imgctlJson<Task>(["tasks", "get", taskId]);
    expect(got.created_resources?.images).toHaveLength(1);
    const table = await imgctl(["tasks", "get", taskId]);
    expect(table.stdout).toMatch(/^state\s+FINISHED$/m);
  });

  it("create --wait ends with the new image (all flags)", async () => {
    const out = await imgctl<Image>([
      "images",
      "create",
      "--name",
      "cli-golden",
      "--volume-id",
      demo.bootVolume,
      "--architecture",
      "x86_64",
      "--os-type",
      "linux",
      "--ssh-key",
      "required",
      "--hw-firmware-type",
      "uefi",
      "--hw-machine-type",
      "q35",
      "--baremetal",
      "--metadata",
      "owner=cli",
      "--metadata",
      "env=test",
      "--wait",
    ]);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stderr).toMatch(/waiting for task .*: FINISHED/);
    expect(out.result).toMatchObject({
      name: "cli-golden",
      status: "active",
      ssh_key: "required",
      hw_firmware_type: "uefi",
      hw_machine_type: "q35",
      is_baremetal: true,
      metadata: expect.objectContaining({ owner: "cli", env: "test" }),
    });
    expect(out.stdout).toMatch(/^name\s+cli-golden$/m);
  });

  it("a task that ends in ERROR fails the command with exit 3", async () => {
    const out = await imgctl([
      "images",
      "create",
      "--name",
      "cli-broken",
      "--volume-id",
      demo.brokenVolume,
      "--wait",
      "--json",
    ]);
    expect(out.code).toBe(3);
    expect(JSON.parse(out.stdout).error.message).toMatch(/corrupted/);
  });

  it("create checks its flags before any request", async () => {
    expect((await imgctl(["images", "create", "--name", "x"])).code).toBe(2); // --volume-id missing
    expect(
      (await imgctl(["images", "create", "--name", "xyz", "--volume-id", demo.bootVolume, "--os-type", "beos"])).code,
    ).toBe(2);
  });

  it("update changes the given fields; nothing to change is a usage error", async () => {
    const created = await imgctlJson<Image>([
      "images",
      "create",
      "--name",
      "cli-upd",
      "--volume-id",
      demo.bootVolume,
      "--wait",
    ]);
    const updated = await imgctlJson<Image>([
      "images",
      "update",
      created.id,
      "--name",
      "cli-upd-2",
      "--ssh-key",
      "deny",
      "--metadata",
      "team=x",
    ]);
    expect(updated).toMatchObject({
      name: "cli-upd-2",
      ssh_key: "deny",
      metadata: expect.objectContaining({ team: "x" }),
    });
    expect((await imgctl(["images", "update", created.id])).code).toBe(2);
  });

  it("update of a public image is refused by the API (403, exit 3)", async () => {
    const out = await imgctl(["images", "update", demo.ubuntu2204, "--name", "mine-now"]);
    expect(out.code).toBe(3);
    expect(out.stderr).toMatch(/^Error: 403 /);
  });

  it("delete asks for --yes off a terminal, then deletes with --wait", async () => {
    const created = await imgctlJson<Image>([
      "images",
      "create",
      "--name",
      "cli-del",
      "--volume-id",
      demo.bootVolume,
      "--wait",
    ]);
    const refused = await imgctl(["images", "delete", created.id]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--yes");
    expect((await imgctl(["images", "get", created.id])).code).toBe(0); // still there
    const out = await imgctl<{ id: string; task: Task }>(["images", "delete", created.id, "--yes", "--wait"]);
    expect(out.code).toBe(0);
    expect(out.result).toMatchObject({ id: created.id, task: { state: "FINISHED" } });
    expect((await imgctl(["images", "get", created.id])).code).toBe(3);
  });
});
