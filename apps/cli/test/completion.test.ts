// Shell completion comes from @oclif/plugin-autocomplete, whose scripts imgctl extends (a `postrun`
// hook after the plugin writes them): zsh completes the values of flags with a fixed set of
// options (the plugin's own) and profile names (imgctl's); bash completes command and flag names
// (the plugin's), the values of such flags and profile names (imgctl's, via `imgctl __complete`).
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Config } from "@oclif/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FlagInfo, completionValues } from "../src/lib/completion/values.js";
import { root, sandbox } from "./helpers/run.js";
import { bin, imgctlSync } from "./helpers/spawn.js";

let box: ReturnType<typeof sandbox>;
let functions: string;
beforeAll(() => {
  box = sandbox({ XDG_CACHE_HOME: "" });
  box.env.XDG_CACHE_HOME = join(box.dir, "cache");
  functions = join(box.env.XDG_CACHE_HOME, "imgctl", "autocomplete", "functions");
  mkdirSync(join(box.env.XDG_CONFIG_HOME, "imgctl"), { recursive: true });
  const profiles = { prod: { apiUrl: "https://api.gcore.com/cloud" }, staging: { project: 5 } };
  writeFileSync(join(box.env.XDG_CONFIG_HOME, "imgctl", "config.json"), JSON.stringify({ profiles }));
});
afterAll(() => box.restore());

const has = (shell: string) => spawnSync(shell, ["-c", "true"]).status === 0;

describe("completion", () => {
  it("zsh completes enum flag values; bash completes flag names", () => {
    expect(imgctlSync(["autocomplete", "zsh"], box.env).status).toBe(0);
    const zsh = readFileSync(join(functions, "zsh", "_imgctl"), "utf8");
    expect(zsh).toContain(
      '--visibility"[only images with this visibility]:visibility options:(private public shared)"',
    );
    expect(zsh).toMatch(/--entity-type"\[[^\]]*\]:entity-type options:\(reseller client project\)"/);
    const bash = readFileSync(join(functions, "bash", "imgctl.bash"), "utf8");
    expect(bash).toMatch(/^images:list .*--visibility/m);
    expect(bash).toMatch(/^images:ls .*--columns/m);
  });
});

describe("completion values (imgctl __complete)", () => {
  let findFlags: (id: string) => Record<string, FlagInfo> | undefined;
  const profiles = () => ["local", "prod"];
  beforeAll(async () => {
    const config = await Config.load(root);
    findFlags = (id) => config.findCommand(id)?.flags as Record<string, FlagInfo> | undefined;
  });
  const values = (...words: string[]) => completionValues(words, findFlags, profiles);

  it("offers a flag's fixed options after it, by long name, short name or alias", () => {
    expect(values("images", "list", "--visibility", "")).toEqual(["private", "public", "shared"]);
    expect(values("images", "ls", "--json", "--visibility", "p")).toEqual(["private", "public", "shared"]);
    expect(values("shared-images", "get", "--entity-type", "")).toEqual(["reseller", "client", "project"]);
    expect(values("images", "list", "--api-version", "")).toEqual(["2025-04", "2026-08"]);
    const withShort = (id: string) =>
      id === "x" ? { out: { name: "out", type: "option" as const, char: "o", options: ["a", "b"] } } : undefined;
    expect(completionValues(["x", "-o", ""], withShort, profiles)).toEqual(["a", "b"]);
  });

  it("offers profile names after --profile and as the argument of config use|remove", () => {
    expect(values("images", "list", "--profile", "")).toEqual(["local", "prod"]);
    expect(values("--profile", "")).toEqual(["local", "prod"]);
    expect(values("config", "use", "")).toEqual(["local", "prod"]);
    expect(values("config", "remove", "--profile", "prod", "st")).toEqual(["local", "prod"]);
  });

  it("offers nothing where no value is known (so the shell falls back to names)", () => {
    expect(values("config", "use", "prod", "")).toEqual([]);
    expect(values("images", "list", "")).toEqual([]);
    expect(values("images", "list", "--json", "")).toEqual([]);
    expect(values("images", "create", "--name", "")).toEqual([]);
    expect(values("")).toEqual([]);
  });

  it("the hidden command prints the values one a line, profiles from the config file", () => {
    const run = (...words: string[]) => imgctlSync(["__complete", "--", ...words], box.env);
    expect(run("images", "list", "--visibility", "").stdout).toBe("private\npublic\nshared\n");
    expect(run("config", "use", "").stdout).toBe("local\nprod\nstaging\n");
    const help = run("images", "list", "--help", "");
    expect([help.status, help.stdout, help.stderr]).toEqual([0, "", ""]);
  });
});

describe.skipIf(!has("bash"))("bash completion of values", () => {
  it("completes enum values and profile names, and still command and flag names", () => {
    expect(imgctlSync(["autocomplete", "bash"], box.env).status).toBe(0);
    expect(imgctlSync(["autocomplete", "--refresh-cache"], box.env).status).toBe(0); // not added twice
    const script = join(functions, "bash", "imgctl.bash");
    expect(readFileSync(script, "utf8").match(/^complete -F _imgctl_complete_values imgctl$/gm)).toHaveLength(1);
    // The scripts call `imgctl` from PATH, as an installed CLI is.
    const binDir = join(box.dir, "bin");
    mkdirSync(binDir, { recursive: true });
    writeFileSync(join(binDir, "imgctl"), `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`);
    chmodSync(join(binDir, "imgctl"), 0o755);
    const complete = (line: string) => {
      // COMP_WORDS as bash splits the line (COMP_WORDBREAKS holds "="); the last word is completed.
      const words = line.replace(/=/g, " = ").split(/ +/);
      const program = [
        `source '${script}'`,
        `COMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")})`,
        `COMP_CWORD=${words.length - 1}`,
        "_imgctl_complete_values",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: bash, not a template
        'printf "%s\\n" "${COMPREPLY[@]}"',
      ].join("\n");
      const env = { ...process.env, ...box.env, PATH: `${binDir}:${process.env.PATH}` };
      const r = spawnSync("bash", ["--norc", "-c", program], { env, encoding: "utf8", timeout: 30_000 });
      expect(r.stderr).toBe("");
      return r.stdout.split("\n").filter(Boolean);
    };
    expect(complete("imgctl images list --visibility ")).toEqual(["private", "public", "shared"]);
    expect(complete("imgctl images list --visibility p")).toEqual(["private", "public"]);
    expect(complete("imgctl images list --visibility=sh")).toEqual(["shared"]);
    expect(complete("imgctl shared-images get --entity-type ")).toEqual(["reseller", "client", "project"]);
    expect(complete("imgctl images list --profile ")).toEqual(["local", "prod", "staging"]);
    expect(complete("imgctl config use ")).toEqual(["local", "prod", "staging"]);
    expect(complete("imgctl config remove st")).toEqual(["staging"]);
    expect(complete("imgctl images li")).toEqual(["list"]);
    expect(complete("imgctl images list --visi")).toEqual(["--visibility"]);
  });
});

describe("zsh completion of profile names", () => {
  it("--profile and config use|remove complete with profile names from imgctl __complete", () => {
    expect(imgctlSync(["autocomplete", "zsh"], box.env).status).toBe(0);
    const zsh = readFileSync(join(functions, "zsh", "_imgctl"), "utf8");
    expect(zsh).not.toMatch(/^--profile"[^\n]*:file:_files"/m);
    expect(zsh).toMatch(/^--profile"\[named profile to use[^\n]*\]:profile:_imgctl_profiles" \\$/m);
    const config = /^_imgctl_config\(\) \{\n[\s\S]*?\n\}\n/m.exec(zsh)?.[0] ?? "";
    expect(
      config.match(/"(use|remove)"\)\n[^"]*_arguments -S \\\n(?:[^\n]*\\\n)*"1: :_imgctl_profiles"/g),
    ).toHaveLength(2);
    expect(zsh.match(/"1: :_imgctl_profiles"/g)).toHaveLength(2); // not `plugins remove`
  });

  it.skipIf(!has("zsh"))("the zsh script parses, and its profile function offers the config's profiles", () => {
    const file = join(functions, "zsh", "_imgctl");
    expect(spawnSync("zsh", ["-n", file]).status).toBe(0);
    const binDir = join(box.dir, "bin");
    const program = [
      `eval "$(sed -n '/^_imgctl_profiles() {/,/^}/p' '${file}')"`,
      // The real compadd needs a completion context.
      // biome-ignore lint/suspicious/noTemplateCurlyInString: zsh, not a template
      'compadd() { print -l -- "${(@P)2}" }',
      "_imgctl_profiles",
    ].join("\n");
    const env = { ...process.env, ...box.env, PATH: `${binDir}:${process.env.PATH}` };
    const r = spawnSync("zsh", ["-f", "-c", program], { env, encoding: "utf8", timeout: 30_000 });
    expect(r.stdout).toBe("local\nprod\nstaging\n");
  });
});
