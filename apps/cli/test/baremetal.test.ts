// `imgctl baremetal-images list|create` against the embedded emulator.
import { readFileSync } from "node:fs";
import type { Image, ImageList, TaskIdList } from "@imgctl/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demo, imgctl, imgctlJson, sandbox } from "./helpers/run.js";
import { writeVetoPlugin } from "./helpers/veto-plugin.js";

let box: ReturnType<typeof sandbox>;
beforeAll(() => {
  box = sandbox();
});
afterAll(() => box.restore());

describe("baremetal-images list", () => {
  it("lists only bare-metal images, as a table and as the API's ImageList", async () => {
    const out = await imgctl(["baremetal-images", "list"]);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout.split("\n")[0]).toMatch(/^ID\s+NAME\s+STATUS\s+VISIBILITY\s+OS\s+ARCH\s+SIZE$/);
    const list = await imgctlJson<ImageList>(["baremetal-images", "list"]);
    expect(list.count).toBeGreaterThan(0);
    expect(list.results.every((i) => i.is_baremetal === true)).toBe(true);
    const pub = await imgctlJson<ImageList>(["baremetal-images", "list", "--visibility", "public"]);
    expect(pub.results.every((i) => i.visibility === "public")).toBe(true);
  });

  it("a project of another client, or an unknown region, is the API's 404 (exit 3)", async () => {
    const foreign = await imgctl(["baremetal-images", "list", "--project", "20"]);
    expect(foreign.code).toBe(3);
    expect(foreign.stderr).toMatch(/^Error: 404 NotFoundError: Project 20 not found \(request id [0-9a-f]+\)\n$/);
    const region = await imgctl(["baremetal-images", "list", "--region", "99", "--json"]);
    expect(region.code).toBe(3);
    expect(JSON.parse(region.stdout)).toMatchObject({
      error: { status: 404, message: "Region 99 not found", exitCode: 3 },
    });
  });

  it("bad flag values are usage errors (exit 2)", async () => {
    const out = await imgctl(["baremetal-images", "list", "--visibility", "secret"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(
      "Error: Expected --visibility=secret to be one of: private, public, shared See more help with --help\n",
    );
  });
});

describe("baremetal-images create", () => {
  it("--wait ends with a bare-metal image that the list shows", async () => {
    const out = await imgctl<Image>([
      "baremetal-images",
      "create",
      "--name",
      "cli-bm",
      "--volume-id",
      demo.bootVolume,
      "--metadata",
      "owner=cli",
      "--wait",
    ]);
    expect(out.code, out.stderr).toBe(0);
    expect(out.result).toMatchObject({ name: "cli-bm", is_baremetal: true, status: "active", project_id: 10 });
    expect(out.stdout).toMatch(/^bare metal\s+yes$/m);
    const owned = await imgctlJson<ImageList>(["baremetal-images", "list", "--owned"]);
    expect(owned.results.map((i) => i.id)).toContain(out.result!.id);
    expect(owned.results.every((i) => i.project_id === 10 && i.is_baremetal)).toBe(true);
  });

  it("without --wait prints the task", async () => {
    const out = await imgctl<TaskIdList>([
      "baremetal-images",
      "create",
      "--name",
      "cli-bm-nowait",
      "--volume-id",
      demo.bootVolume,
    ]);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/^started task [0-9a-f-]{36}; follow it with: imgctl tasks wait [0-9a-f-]{36}\n$/);
  });

  it("missing or wrong flags are usage errors (exit 2); an unknown volume is the API's 404 (exit 3)", async () => {
    const noVolume = await imgctl(["baremetal-images", "create", "--name", "cli-bm-x"]);
    expect(noVolume.code).toBe(2);
    expect(noVolume.stderr).toBe(
      "Error: The following error occurred: Missing required flag volume-id See more help with --help\n",
    );
    const badArch = await imgctl([
      "baremetal-images",
      "create",
      "--name",
      "cli-bm-x",
      "--volume-id",
      demo.bootVolume,
      "--architecture",
      "sparc",
    ]);
    expect(badArch.code).toBe(2);
    const unknown = await imgctl([
      "baremetal-images",
      "create",
      "--name",
      "cli-bm-x",
      "--volume-id",
      "22222222-0000-4000-8000-0000000000ff",
    ]);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toMatch(
      /^Error: 404 NotFoundError: Volume 22222222-0000-4000-8000-0000000000ff not found in project 10, region 1 \(request id [0-9a-f]+\)\n$/,
    );
  });

  it("a project of another client is the API's 404 (exit 3)", async () => {
    const out = await imgctl([
      "baremetal-images",
      "create",
      "--name",
      "cli-bm-foreign",
      "--volume-id",
      demo.bootVolume,
      "--project",
      "20",
    ]);
    expect(out.code).toBe(3);
    expect(out.stderr).toMatch(/^Error: 404 NotFoundError: Project 20 not found \(request id [0-9a-f]+\)\n$/);
  });
});

describe("baremetal-images create --metadata and the metadata:write hook", () => {
  it("fires with operationId baremetalImagesCreate; a refusing handler stops the create", async () => {
    const plugin = writeVetoPlugin(box.dir);
    const run = (args: string[]) => imgctl(args, { pluginAdditions: { core: [plugin.name], path: plugin.path } });
    expect(
      (
        await run([
          "baremetal-images",
          "create",
          "--name",
          "cli-bm-hooked",
          "--volume-id",
          demo.bootVolume,
          "--metadata",
          "owner=x",
        ])
      ).code,
    ).toBe(0);
    const vetoed = await run([
      "baremetal-images",
      "create",
      "--name",
      "cli-bm-vetoed",
      "--volume-id",
      demo.bootVolume,
      "--metadata",
      "forbidden=1",
    ]);
    expect(vetoed.code).toBe(3);
    expect(vetoed.stderr).toBe("Error: MetadataWriteRefused: policy: key 'forbidden' is not allowed\n");
    const plans = readFileSync(plugin.plansFile, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(plans).toEqual([
      { operationId: "baremetalImagesCreate", metadata: { owner: "x" }, projectId: 10, regionId: 1, hasBefore: true },
      {
        operationId: "baremetalImagesCreate",
        metadata: { forbidden: "1" },
        projectId: 10,
        regionId: 1,
        hasBefore: true,
      },
    ]);
    const names = (await imgctlJson<ImageList>(["baremetal-images", "list", "--owned"])).results.map((i) => i.name);
    expect(names).toContain("cli-bm-hooked");
    expect(names).not.toContain("cli-bm-vetoed");
  });
});
