import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Config } from "@oclif/core";
import { specOperations } from "@imgctl/types/spec";
import { beforeAll, describe, expect, it } from "vitest";
import { root } from "./helpers/run.js";
// The map is data; the commands it names are looked up in the BUILT CLI (manifest) below.
import { operationCommands } from "../src/lib/operations.js";
// @ts-expect-error -- plain .mjs script without types
import { commandSnapshot, render, snapshotFile } from "../scripts/command-snapshot.mjs";

let config: Config;
beforeAll(async () => {
  config = await Config.load(root);
});

describe("command snapshot", () => {
  it("matches test/command-snapshot.json (regenerate with `pnpm --filter imgctl snapshot`)", async () => {
    const current = render(await commandSnapshot()) as string;
    expect(current).toBe(readFileSync(snapshotFile as string, "utf8"));
  });
});

describe("every spec operation is reachable by a command", () => {
  const map = operationCommands as Record<string, string>;

  it("the map covers exactly the spec's operations", () => {
    expect(Object.keys(map).sort()).toEqual(specOperations.map((o) => o.operationId).sort());
  });

  it.each(Object.entries(map))("%s → imgctl %s exists", (_op, command) => {
    const [words, flag] = command.split(" --");
    const cmd = config.findCommand(words!.trim().replaceAll(" ", ":"));
    expect(cmd, command).toBeDefined();
    if (flag) expect(Object.keys(cmd!.flags)).toContain(flag);
  });
});

describe("plugins", () => {
  const pjson = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { oclif: { plugins: string[] } };

  it("loads oclif's help, plugins and autocomplete plugins; an unknown command is imgctl's own hook", () => {
    for (const name of ["@oclif/plugin-help", "@oclif/plugin-plugins", "@oclif/plugin-autocomplete"]) {
      expect(config.plugins.has(name), name).toBe(true);
    }
    // not-found suggested only in an interactive prompt; test/not-found.test.ts covers the hook.
    expect(config.plugins.has("@oclif/plugin-not-found")).toBe(false);
    expect(config.findCommand("plugins:link")).toBeDefined();
    expect(config.findCommand("autocomplete")).toBeDefined();
  });

  it.runIf(pjson.oclif.plugins.includes("@imgctl/plugin-metadata-policy"))(
    "loads the metadata-policy plugin's commands as a core plugin",
    () => {
      const plugin = config.plugins.get("@imgctl/plugin-metadata-policy");
      expect(plugin?.type).toBe("core");
      expect(
        config.commands.filter((c) => c.pluginName === "@imgctl/plugin-metadata-policy").map((c) => c.id.split(":")[0]),
      ).toContain("policy");
    },
  );
});
