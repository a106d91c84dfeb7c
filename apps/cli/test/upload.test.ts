// `imgctl images upload` against the embedded emulator (the local profile), whose download task
// finishes while the image is still being written.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Image, ImageList, Task, TaskIdList } from "@imgctl/types";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { imgctl, imgctlJson, sandbox } from "./helpers/run.js";
import { bin, imgctlSpawn } from "./helpers/spawn.js";
import { writeVetoPlugin } from "./helpers/veto-plugin.js";

const URL_OK = "https://images.example.com/ubuntu-22.04.qcow2";

let box: ReturnType<typeof sandbox>;
beforeAll(() => {
  box = sandbox();
});
afterAll(() => box.restore());

const owned = async (name: string) =>
  (await imgctlJson<ImageList>(["images", "list", "--owned"])).results.filter((i) => i.name === name);

describe("images upload", () => {
  it("without --wait prints the download_image task and how to follow it", async () => {
    const out = await imgctl<TaskIdList>(["images", "upload", "--url", URL_OK, "--name", "cli-upload-nowait"]);
    expect(out.code, out.stderr).toBe(0);
    const taskId = out.result!.tasks[0]!;
    expect(out.stdout).toBe(`started task ${taskId}; follow it with: imgctl tasks wait ${taskId}\n`);
    const task = await imgctlJson<Task>(["tasks", "wait", taskId]);
    expect(task).toMatchObject({ task_type: "download_image", state: "FINISHED" });
  });

  it("--wait follows the task, then the image until it is active, and prints the image", async () => {
    const out = await imgctl<Image>([
      "images",
      "upload",
      "--url",
      URL_OK,
      "--name",
      "cli-upload-wait",
      "--os-distro",
      "ubuntu",
      "--os-version",
      "22.04",
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
      "--metadata",
      "owner=cli",
      "--wait",
    ]);
    expect(out.code, out.stderr).toBe(0);
    expect(out.result).toMatchObject({
      name: "cli-upload-wait",
      status: "active",
      os_distro: "ubuntu",
      os_version: "22.04",
      ssh_key: "required",
      hw_firmware_type: "uefi",
      hw_machine_type: "q35",
      metadata: expect.objectContaining({ owner: "cli" }),
    });
    expect(out.result!.size).toBeGreaterThan(0);
    const id = out.result!.id;
    // Off a terminal, one stderr line per state: the task's, then the image's (seen saving after the task finished).
    const lines = out.stderr.trim().split("\n");
    const finished = lines.findIndex((l) => /^waiting for task [0-9a-f-]{36}: FINISHED$/.test(l));
    expect(finished).toBeGreaterThanOrEqual(0);
    expect(lines.slice(finished + 1)).toEqual([`waiting for image ${id}: saving`, `waiting for image ${id}: active`]);
    expect(out.stdout).toMatch(/^name\s+cli-upload-wait$/m);
    expect(out.stdout).toMatch(/^status\s+active$/m);
  });

  it("--json --wait prints only the image on stdout", async () => {
    const out = await imgctl(["images", "upload", "--url", URL_OK, "--name", "cli-upload-json", "--wait", "--json"]);
    expect(out.code, out.stderr).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ name: "cli-upload-json", status: "active" });
    expect(out.stderr).toBe("");
  });

  it("flags of the wrong type are usage errors (exit 2) before any request, one line each", async () => {
    const cases: Array<[string[], string]> = [
      [
        ["--url", "ftp://images.example.com/x.img"],
        "Error: Parsing --url expected an http or https URL, got a ftp URL See more help with --help\n",
      ],
      [
        ["--url", "not-a-url"],
        'Error: Parsing --url expected an http or https URL, got "not-a-url" See more help with --help\n',
      ],
      [
        ["--url", URL_OK, "--architecture", "sparc"],
        "Error: Expected --architecture=sparc to be one of: x86_64, aarch64 See more help with --help\n",
      ],
      [
        ["--url", URL_OK, "--os-type", "beos"],
        "Error: Expected --os-type=beos to be one of: linux, windows See more help with --help\n",
      ],
      [
        ["--url", URL_OK, "--metadata", "novalue"],
        expect.stringMatching(/^Error: Parsing --metadata .*key=value.*\n$/) as unknown as string,
      ],
    ];
    for (const [args, stderr] of cases) {
      const out = await imgctl(["images", "upload", "--name", "cli-bad", ...args]);
      expect(out.code, args.join(" ")).toBe(2);
      expect(out.stderr, args.join(" ")).toEqual(stderr);
    }
    expect(await owned("cli-bad")).toEqual([]);
  });

  it("missing --url or --name is a usage error (exit 2)", async () => {
    const noUrl = await imgctl(["images", "upload", "--name", "cli-nourl"]);
    expect(noUrl.code).toBe(2);
    expect(noUrl.stderr).toBe(
      "Error: The following error occurred: Missing required flag url See more help with --help\n",
    );
    const noName = await imgctl(["images", "upload", "--url", URL_OK]);
    expect(noName.code).toBe(2);
    expect(noName.stderr).toBe(
      "Error: The following error occurred: Missing required flag name See more help with --help\n",
    );
  });

  it("a name the API refuses is its 400 (exit 3)", async () => {
    const out = await imgctl(["images", "upload", "--url", URL_OK, "--name", "x"]);
    expect(out.code).toBe(3);
    expect(out.stderr).toMatch(
      /^Error: 400 ValidationError: Validation failed: name: must NOT have fewer than 3 characters, must match pattern "[^"]+" \(request id [0-9a-f]+\)\n$/,
    );
  });

  it("an unreachable URL: --wait ends in exit 3 with the task's error", async () => {
    const out = await imgctl([
      "images",
      "upload",
      "--url",
      "https://nowhere.invalid/x.qcow2",
      "--name",
      "cli-upload-unreachable",
      "--wait",
      "--json",
    ]);
    expect(out.code).toBe(3);
    const error = JSON.parse(out.stdout).error;
    expect(error).toMatchObject({ name: "TaskFailedError", exitCode: 3 });
    expect(error.message).toMatch(
      /^Task [0-9a-f-]{36} \(download_image\) failed: Failed to download image from https:\/\/nowhere\.invalid\/x\.qcow2: could not resolve host nowhere\.invalid$/,
    );
    // The image is kept in status error (as a failed create's is), for its owner to see and delete.
    expect((await owned("cli-upload-unreachable")).map((i) => i.status)).toEqual(["error"]);
  });

  it("a password in the URL never reaches the error line", async () => {
    const out = await imgctl([
      "images",
      "upload",
      "--url",
      "https://bob:S3cretPass@nowhere.invalid/x.qcow2",
      "--name",
      "cli-upload-userinfo",
      "--wait",
    ]);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain("Failed to download image from https://***@nowhere.invalid/x.qcow2");
    expect(out.stdout + out.stderr).not.toContain("S3cret");
  });

  it("a project of another client is the API's 404 (it does not say the project exists), exit 3", async () => {
    const out = await imgctl(["images", "upload", "--url", URL_OK, "--name", "cli-upload-foreign", "--project", "20"]);
    expect(out.code).toBe(3);
    expect(out.stderr).toMatch(/^Error: 404 NotFoundError: Project 20 not found \(request id [0-9a-f]+\)\n$/);
  });
});

describe("images upload --metadata and the metadata:write hook", () => {
  let plugin: ReturnType<typeof writeVetoPlugin>;
  const run = (args: string[]) => imgctl(args, { pluginAdditions: { core: [plugin.name], path: plugin.path } });
  const plans = () =>
    readFileSync(plugin.plansFile, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);

  beforeAll(() => {
    plugin = writeVetoPlugin(box.dir);
  });
  beforeEach(() => {
    if (existsSync(plugin.plansFile)) rmSync(plugin.plansFile);
  });

  it("fires with operationId imagesUpload and the metadata, before the request", async () => {
    expect(
      (await run(["images", "upload", "--url", URL_OK, "--name", "cli-hooked", "--metadata", "owner=x"])).code,
    ).toBe(0);
    expect(plans()).toEqual([
      { operationId: "imagesUpload", metadata: { owner: "x" }, projectId: 10, regionId: 1, hasBefore: true },
    ]);
  });

  it("a refusing handler stops the upload: its message and exit code, no image", async () => {
    const out = await run(["images", "upload", "--url", URL_OK, "--name", "cli-vetoed", "--metadata", "forbidden=1"]);
    expect(out.code).toBe(3);
    expect(out.stderr).toBe("Error: MetadataWriteRefused: policy: key 'forbidden' is not allowed\n");
    expect(await owned("cli-vetoed")).toEqual([]);
  });

  it("the bundled policy plugin judges uploads: a forbidden key is denied (exit 1), an allowed one passes", async () => {
    const policy = join(box.dir, "policy.yaml");
    writeFileSync(
      policy,
      `apiVersion: metadata-policy/v1
kind: MetadataPolicy
metadata: { name: upload-test, layer: org }
spec:
  rules:
    - { id: no-secrets, type: forbidden, patterns: ["password|secret|token"], flags: i, search: true }
`,
    );
    const denied = await imgctl([
      "images",
      "upload",
      "--url",
      URL_OK,
      "--name",
      "cli-policy-denied",
      "--metadata",
      "db_password=x",
      "--policy",
      policy,
    ]);
    expect(denied.code).toBe(1);
    expect(denied.stderr).toBe(
      'Error: MetadataWriteRefused: metadata policy denied the create: no-secrets [db_password]: key "db_password" is forbidden\n',
    );
    expect(await owned("cli-policy-denied")).toEqual([]);
    const allowed = await imgctl([
      "images",
      "upload",
      "--url",
      URL_OK,
      "--name",
      "cli-policy-ok",
      "--metadata",
      "owner=x",
      "--policy",
      policy,
    ]);
    expect(allowed.code, allowed.stderr).toBe(0);
  });
});

describe("images upload --wait, interrupted and on a terminal", () => {
  it("Ctrl-C stops waiting (exit 130), the upload goes on and the message says how to follow it", async () => {
    const p = imgctlSpawn(["images", "upload", "--url", URL_OK, "--name", "cli-upload-interrupted", "--wait"], {
      IMGCTL_LOCAL_TASK_MS: "1500",
    });
    const [, taskId] = await p.waitFor(/waiting for task ([0-9a-f-]{36})/);
    p.child.kill("SIGINT");
    expect(await p.exited).toBe(130);
    expect(p.output().stderr).toContain(
      `Error: stopped waiting; the upload goes on; follow it with: imgctl tasks wait ${taskId}\n`,
    );
    expect((await imgctlJson<Task>(["tasks", "wait", taskId!])).state).toBe("FINISHED");
  });

  // `script` (util-linux) gives the child a pseudo-terminal: the spinner shows the task, then the image.
  const hasScript = spawnSync("script", ["--version"]).status === 0;
  it.runIf(hasScript)("the spinner follows the task, then the image", () => {
    const tty = spawnSync(
      "script",
      ["-qec", `${process.execPath} ${bin} images upload --url ${URL_OK} --name cli-upload-tty --wait`, "/dev/null"],
      {
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
        timeout: 30_000,
      },
    );
    expect(tty.status, tty.stdout).toBe(0);
    const text = tty.stdout.replace(/\u001B\[[0-9;?]*[A-Za-z]/g, "");
    expect(text).toMatch(/waiting for task [0-9a-f-]{36}\.\.\. FINISHED/);
    expect(text).toMatch(/waiting for image [0-9a-f-]{36}\.\.\. active/);
    expect(text.indexOf("waiting for task")).toBeLessThan(text.indexOf("waiting for image"));
    expect(text).toMatch(/^status\s+active\s*$/m);
  });
});
