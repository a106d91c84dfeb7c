// `imgctl plugins install ./plugin.tgz` installs a packed plugin from a local path (oclif's plugins
// command alone reads `./plugin.tgz` as a GitHub owner/repo and asks github.com for it).
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sandbox } from "./helpers/run.js";
import { bin } from "./helpers/spawn.js";

let box: ReturnType<typeof sandbox>;
beforeAll(() => {
  box = sandbox();
  // A plugin with no dependencies (a hook only), packed as npm packs: package/… in a gzipped tar.
  const pkg = join(box.dir, "src", "package");
  mkdirSync(join(pkg, "hooks"), { recursive: true });
  writeFileSync(
    join(pkg, "package.json"),
    JSON.stringify({
      name: "imgctl-packed-plugin",
      version: "1.2.3",
      type: "module",
      oclif: { hooks: { "metadata:write": "./hooks/w.js" } },
    }),
  );
  writeFileSync(join(pkg, "hooks", "w.js"), "export default async function () {}\n");
  expect(spawnSync("tar", ["-czf", join(box.dir, "plugin.tgz"), "-C", join(box.dir, "src"), "package"]).status).toBe(0);
});
afterAll(() => box.restore());

describe("plugins install from a local path", () => {
  it("./plugin.tgz is installed from the file, not looked up on GitHub", () => {
    const env = { ...process.env, ...box.env, XDG_CACHE_HOME: join(box.dir, "cache") };
    const install = spawnSync(process.execPath, [bin, "plugins", "install", "./plugin.tgz"], {
      cwd: box.dir,
      env,
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(install.status, install.stderr).toBe(0);
    // oclif colours the plugin name wherever CI is set, terminal or not.
    expect(stripVTControlCharacters(install.stderr)).toContain(`Installing plugin file:${join(box.dir, "plugin.tgz")}`);
    expect(install.stderr).not.toContain("github.com");
    const list = spawnSync(process.execPath, [bin, "plugins", "--json"], { env, encoding: "utf8", timeout: 30_000 });
    expect(
      (JSON.parse(list.stdout) as Array<{ name: string; version: string }>).map((p) => `${p.name}@${p.version}`),
    ).toContain("imgctl-packed-plugin@1.2.3");
  }, 150_000);
});
