import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Writes a tiny oclif plugin with a `metadata:write` hook into `<dir>/node_modules/imgctl-test-veto`:
 * it records every plan to `<dir>/plans.jsonl` and refuses metadata with a `forbidden` key (exit 3).
 * Loaded with `pluginAdditions: {core: [name], path: dir}`, like a core plugin of the CLI.
 */
export function writeVetoPlugin(dir: string): { name: string; path: string; plansFile: string } {
  const name = "imgctl-test-veto";
  const pluginDir = join(dir, "node_modules", name);
  const plansFile = join(dir, "plans.jsonl");
  mkdirSync(pluginDir, { recursive: true });
  // oclif resolves pluginAdditions.core against the dependencies of <path>/package.json.
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "veto-host", private: true, dependencies: { [name]: "1.0.0" } }),
  );
  writeFileSync(
    join(pluginDir, "package.json"),
    JSON.stringify({ name, version: "1.0.0", type: "module", oclif: { hooks: { "metadata:write": "./hook.js" } } }),
  );
  writeFileSync(
    join(pluginDir, "hook.js"),
    `import { appendFileSync } from "node:fs";
export default async function (plan) {
  const { before, config, context, ...rest } = plan;
  appendFileSync(${JSON.stringify(plansFile)}, JSON.stringify({ ...rest, hasBefore: typeof before === "function" }) + "\\n");
  if (plan.metadata && "forbidden" in plan.metadata) this.error("policy: key 'forbidden' is not allowed", { exit: 3 });
  if (plan.key === "forbidden") this.error("policy: key 'forbidden' must stay", { exit: 3 });
}
`,
  );
  return { name, path: dir, plansFile };
}
