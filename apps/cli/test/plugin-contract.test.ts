// A third-party plugin built the documented way (its own package.json and its own @oclif/core),
// linked with `imgctl plugins link`, sees what it would see in a stock oclif CLI: the same exit
// codes and the same bytes on stdout and stderr. imgctl bundles its own copy of @oclif/core, so
// this guards the entry's handling of errors thrown by another copy (src/lib/entry/foreign-exit.ts).
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sandbox } from "./helpers/run.js";
import { imgctlSync } from "./helpers/spawn.js";
import { writeStockCli, writeThirdPartyPlugin } from "./helpers/third-party-plugin.js";

let box: ReturnType<typeof sandbox>;
let stockBin: string;
// Stock oclif warns that a *linked* ESM plugin cannot be transpiled; the stock CLI loads the plugin
// as a core plugin, so silence that warning to compare the commands' own output.
const env = (): Record<string, string> => ({
  ...box.env,
  XDG_CACHE_HOME: `${box.dir}/cache`,
  OCLIF_DISABLE_LINKED_ESM_WARNING: "1",
});

beforeAll(() => {
  box = sandbox();
  const plugin = writeThirdPartyPlugin(box.dir);
  stockBin = writeStockCli(box.dir, plugin);
  const link = imgctlSync(["plugins", "link", "--no-install", plugin.dir], env());
  expect(link.status, link.stderr).toBe(0);
});
afterAll(() => box.restore());

function both(args: string[], extraEnv: Record<string, string> = {}) {
  const imgctl = imgctlSync(["contract", ...args], { ...env(), ...extraEnv });
  const stock = spawnSync(process.execPath, [stockBin, "contract", ...args], {
    env: { ...process.env, ...env(), ...extraEnv },
    encoding: "utf8",
    timeout: 30_000,
  });
  return {
    imgctl: { status: imgctl.status, stdout: imgctl.stdout, stderr: imgctl.stderr },
    stock: { status: stock.status, stdout: stock.stdout, stderr: stock.stderr },
  };
}

describe("a third-party plugin behaves as in stock oclif", () => {
  it("this.exit(3): exit 3, its own output, nothing on stderr", () => {
    const { imgctl, stock } = both(["exit-three"]);
    expect(imgctl).toEqual({ status: 3, stdout: "before exit\n", stderr: "" });
    expect(imgctl).toEqual(stock);
  });

  it('this.error("…", {exit: 4}): exit 4 and oclif\'s error block', () => {
    const { imgctl, stock } = both(["error-four"]);
    expect(imgctl).toEqual({ status: 4, stdout: "", stderr: " \u203a   Error: the thing failed\n" });
    expect(imgctl).toEqual(stock);
  });

  it("a thrown Error: exit 1 and its message", () => {
    const { imgctl, stock } = both(["throws"]);
    expect(imgctl).toEqual({ status: 1, stdout: "", stderr: "    Error: plain failure\n" });
    expect(imgctl).toEqual(stock);
  });

  it("a --json error: the error object on stdout", () => {
    const { imgctl, stock } = both(["json-error", "--json"]);
    const json = { error: { oclif: { exit: 5 }, message: "json failure", name: "Error" } };
    expect(imgctl).toEqual({ status: 1, stdout: `${JSON.stringify(json, null, 2)}\n`, stderr: "" });
    expect(imgctl).toEqual(stock);
  });

  it.each([
    ["log", { status: 0, stdout: "init hook ran\nfine\n", stderr: "" }],
    ["error", { status: 6, stdout: "", stderr: " \u203a   Error: init hook failed\n" }],
    ["exit", { status: 7, stdout: "", stderr: "" }],
  ])("an init hook that does %s", (what, expected) => {
    const { imgctl, stock } = both(["ok"], { CONTRACT_HOOK: what });
    expect(imgctl).toEqual(expected);
    expect(imgctl).toEqual(stock);
  });

  it("success with --json", () => {
    const { imgctl, stock } = both(["ok", "--json"]);
    expect(imgctl).toEqual({ status: 0, stdout: '{\n  "fine": true\n}\n', stderr: "" });
    expect(imgctl).toEqual(stock);
  });
});
