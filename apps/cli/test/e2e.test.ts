import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { ImageList, Task } from "@imgctl/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demo, imgctl, imgctlJson, root, sandbox } from "./helpers/run.js";
import { bin, imgctlSpawn, imgctlSync } from "./helpers/spawn.js";

// A few checks through the real binary (separate processes): startup imports, Ctrl-C, a TTY, HTTP.
let box: ReturnType<typeof sandbox>;
beforeAll(() => {
  box = sandbox();
});
afterAll(() => box.restore());

describe("the binary", () => {
  it("--help loads neither the client, the emulator nor the policy engine; images list does", () => {
    const log = join(box.dir, "imports.log");
    const recorder = join(root, "test", "helpers", "record-imports.mjs");
    // The client is bundled into dist/ in a chunk of its own (esbuild marks each module it bundles with its path).
    const chunks = join(root, "dist", "chunks");
    const clientChunk = readdirSync(chunks).find((f) =>
      readFileSync(join(chunks, f), "utf8").includes("// ../../packages/client/dist/"),
    );
    expect(clientChunk).toBeDefined();
    const heavy = new RegExp(
      `/(packages/client|packages/emulator|packages/metadata-policy|openapi-fetch|better-sqlite3|hono|ajv|yaml)/|/dist/chunks/${clientChunk}$`,
    );
    const run = (args: string[]) => {
      rmSync(log, { force: true });
      const out = spawnSync(process.execPath, ["--import", recorder, bin, ...args], {
        env: { ...process.env, IMGCTL_IMPORT_LOG: log },
        encoding: "utf8",
      });
      expect(out.status, out.stderr).toBe(0);
      return { out, urls: readFileSync(log, "utf8").split("\n").filter(Boolean) };
    };
    const help = run(["--help"]);
    expect(help.out.stdout).toMatch(/TOPICS[\s\S]*images/);
    expect(help.urls.length).toBeGreaterThan(0);
    expect(help.urls.filter((u) => heavy.test(u))).toEqual([]);
    const topicHelp = run(["images", "list", "--help"]);
    expect(topicHelp.urls.filter((u) => heavy.test(u))).toEqual([]);
    const list = run(["images", "list"]);
    expect(list.urls.some((u) => u.endsWith(`/dist/chunks/${clientChunk}`))).toBe(true);
    expect(list.urls.some((u) => u.includes("/packages/emulator/"))).toBe(true);
  });

  it("Ctrl-C during --wait stops waiting, leaves the task running and says how to resume", async () => {
    const p = imgctlSpawn(["images", "create", "--name", "interrupted", "--volume-id", demo.bootVolume, "--wait"], {
      IMGCTL_LOCAL_TASK_MS: "1500",
    });
    const [, taskId] = await p.waitFor(/waiting for task ([0-9a-f-]{36})/);
    p.child.kill("SIGINT");
    expect(await p.exited).toBe(130);
    expect(p.output().stderr).toContain(`imgctl tasks wait ${taskId}`);
    const task = await imgctlJson<Task>(["tasks", "wait", taskId!]);
    expect(task.state).toBe("FINISHED");
  });

  // `script` (util-linux) gives the child a pseudo-terminal.
  const hasScript = spawnSync("script", ["--version"]).status === 0;
  it.runIf(hasScript)(
    "on a terminal: one notice about the local emulator per data directory, and delete asks for confirmation",
    async () => {
      const created = (
        await imgctl<{ id: string }>([
          "images",
          "create",
          "--name",
          "tty-del",
          "--volume-id",
          demo.bootVolume,
          "--wait",
          "--json",
        ])
      ).result!;
      const tty = (args: string, answer: string) =>
        spawnSync("script", ["-qec", `${process.execPath} ${bin} ${args}`, "/dev/null"], {
          input: answer,
          encoding: "utf8",
          env: { ...process.env, NO_COLOR: "1" },
          timeout: 30_000,
        });
      const no = tty(`images delete ${created.id}`, "n\n");
      expect(no.stdout).toContain(`Delete image ${created.id}`);
      expect(no.stdout.match(/using the local emulator/g)).toBeNull(); // no request before the answer
      expect(no.status).toBe(1);
      expect((await imgctl(["images", "get", created.id])).code).toBe(0);
      const yes = tty(`images delete ${created.id} --wait`, "y\n");
      expect(yes.status, yes.stdout).toBe(0);
      expect(yes.stdout.match(/using the local emulator/g)).toHaveLength(1);
      expect((await imgctl(["images", "get", created.id])).code).toBe(3);
      // Once per data directory (recorded there), not before every command.
      const list = tty("images list", "");
      expect(list.stdout.match(/using the local emulator/g)).toBeNull();
      expect(list.stdout).not.toContain("\u001B[1m"); // NO_COLOR: no bold headers
      const fresh = spawnSync("script", ["-qec", `${process.execPath} ${bin} images list`, "/dev/null"], {
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1", XDG_DATA_HOME: join(box.dir, "other-data") },
        timeout: 30_000,
      });
      expect(fresh.stdout.match(/using the local emulator/g)).toHaveLength(1);
    },
  );

  it("emulator start serves the API over HTTP until stopped", async () => {
    const p = imgctlSpawn(["emulator", "start", "--port", "0", "--db", ":memory:", "--json"]);
    const [line] = await p.waitFor(/\{.*"url".*\}/);
    const { url } = JSON.parse(line) as { url: string };
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/cloud$/);
    try {
      const list = await imgctlJson<ImageList>([
        "images",
        "list",
        "--api-url",
        url,
        "--api-key",
        demo.alphaKey,
        "--project",
        "10",
        "--region",
        "1",
      ]);
      expect(list.results.map((i) => i.id)).toContain(demo.goldenImage);
      const health = await fetch(new URL("/health", url));
      expect(health.status).toBe(200);
    } finally {
      p.child.kill("SIGTERM");
    }
    expect(await p.exited).toBe(0);
  });

  it("bad usage exits 2 from the binary too", () => {
    const out = imgctlSync(["images", "list", "--region", "x"]);
    expect(out.status).toBe(2);
    expect(out.stderr.trim().split("\n")).toHaveLength(1);
  });
});
