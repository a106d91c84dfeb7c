// Shell completion comes from @oclif/plugin-autocomplete: in zsh it completes the values of flags
// with a fixed set of options (enums); bash completes command and flag names only.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sandbox } from "./helpers/run.js";
import { imgctlSync } from "./helpers/spawn.js";

let box: ReturnType<typeof sandbox>;
beforeAll(() => {
  box = sandbox({ XDG_CACHE_HOME: "" });
  box.env.XDG_CACHE_HOME = join(box.dir, "cache");
});
afterAll(() => box.restore());

describe("completion", () => {
  it("zsh completes enum flag values; bash completes flag names", () => {
    expect(imgctlSync(["autocomplete", "zsh"], box.env).status).toBe(0);
    const functions = join(box.env.XDG_CACHE_HOME!, "imgctl", "autocomplete", "functions");
    const zsh = readFileSync(join(functions, "zsh", "_imgctl"), "utf8");
    expect(zsh).toContain('--visibility"[only images with this visibility]:visibility options:(private public shared)"');
    expect(zsh).toMatch(/--entity-type"\[[^\]]*\]:entity-type options:\(reseller client project\)"/);
    const bash = readFileSync(join(functions, "bash", "imgctl.bash"), "utf8");
    expect(bash).toMatch(/^images:list .*--visibility/m);
    expect(bash).toMatch(/^images:ls .*--columns/m);
  });
});
