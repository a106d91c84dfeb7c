import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { root } from "./run.js";

/** The workspace's @oclif/core, which a third-party plugin would get from npm. */
export const oclifCoreDir = dirname(createRequire(join(root, "package.json")).resolve("@oclif/core/package.json"));

const COMMANDS: Record<string, string> = {
  // `this.exit(n)`: a quiet exit with code n.
  "exit-three": `import { Command } from "@oclif/core";
export default class ExitThree extends Command {
  async run() { this.log("before exit"); this.exit(3); }
}`,
  // `this.error(msg, {exit})`: the message on stderr, code 4.
  "error-four": `import { Command } from "@oclif/core";
export default class ErrorFour extends Command {
  async run() { this.error("the thing failed", { exit: 4 }); }
}`,
  // A plain Error: oclif prints it and exits 1.
  throws: `import { Command } from "@oclif/core";
export default class Throws extends Command {
  async run() { throw new Error("plain failure"); }
}`,
  // --json: the error as JSON on stdout.
  "json-error": `import { Command } from "@oclif/core";
export default class JsonError extends Command {
  static enableJsonFlag = true;
  async run() { await this.parse(JsonError); this.error("json failure", { exit: 5 }); }
}`,
  ok: `import { Command } from "@oclif/core";
export default class Ok extends Command {
  static enableJsonFlag = true;
  async run() { await this.parse(Ok); this.log("fine"); return { fine: true }; }
}`,
};

// A metadata:write handler (imgctl's hook event) that refuses metadata with a \`forbidden\` key.
const HOOK = `export default async function (plan) {
  if (plan.metadata && "forbidden" in plan.metadata) this.error("forbidden is not allowed");
}`;

// An init hook driven by CONTRACT_HOOK: log a line, fail with exit 6, or exit 7.
const INIT_HOOK = `export default async function () {
  const what = process.env.CONTRACT_HOOK;
  if (what === "log") this.log("init hook ran");
  if (what === "error") this.error("init hook failed", { exit: 6 });
  if (what === "exit") this.exit(7);
}`;

/**
 * Writes a third-party oclif plugin the documented way: its own package.json with
 * `oclif.commands`, plain JS, and its own `@oclif/core` dependency (a link to the workspace's copy,
 * as npm would install it). Its commands are `contract <name>`.
 */
export function writeThirdPartyPlugin(dir: string): { name: string; dir: string } {
  const name = "imgctl-contract-plugin";
  const pluginDir = join(dir, name);
  mkdirSync(join(pluginDir, "commands", "contract"), { recursive: true });
  mkdirSync(join(pluginDir, "node_modules", "@oclif"), { recursive: true });
  symlinkSync(oclifCoreDir, join(pluginDir, "node_modules", "@oclif", "core"), "dir");
  writeFileSync(
    join(pluginDir, "package.json"),
    JSON.stringify({
      name,
      version: "1.0.0",
      type: "module",
      dependencies: { "@oclif/core": "^4" },
      oclif: {
        commands: "./commands",
        hooks: { init: "./hooks/init.js", "metadata:write": "./hooks/metadata-write.js" },
      },
    }),
  );
  for (const [command, source] of Object.entries(COMMANDS))
    writeFileSync(join(pluginDir, "commands", "contract", `${command}.js`), `${source}\n`);
  mkdirSync(join(pluginDir, "hooks"));
  writeFileSync(join(pluginDir, "hooks", "metadata-write.js"), `${HOOK}\n`);
  writeFileSync(join(pluginDir, "hooks", "init.js"), `${INIT_HOOK}\n`);
  return { name, dir: pluginDir };
}

/**
 * A stock oclif 4 CLI (the bench's bare floor, unbundled, `@oclif/core` as installed) with the
 * plugin as a core plugin: the reference for what the plugin sees outside imgctl.
 */
export function writeStockCli(dir: string, plugin: { name: string; dir: string }): string {
  const cliDir = join(dir, "stock-cli");
  mkdirSync(join(cliDir, "node_modules", "@oclif"), { recursive: true });
  symlinkSync(oclifCoreDir, join(cliDir, "node_modules", "@oclif", "core"), "dir");
  symlinkSync(plugin.dir, join(cliDir, "node_modules", plugin.name), "dir");
  writeFileSync(
    join(cliDir, "package.json"),
    JSON.stringify({
      name: "stock-cli",
      version: "1.0.0",
      type: "module",
      dependencies: { "@oclif/core": "^4", [plugin.name]: "1.0.0" },
      oclif: {
        bin: "stock",
        dirname: "imgctl-stock-cli",
        commands: "./commands",
        topicSeparator: " ",
        plugins: [plugin.name],
      },
    }),
  );
  const bin = join(cliDir, "run.js");
  writeFileSync(bin, 'import { execute } from "@oclif/core";\n\nawait execute({ dir: import.meta.url });\n');
  return bin;
}
