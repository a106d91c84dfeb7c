// Tables measure East-Asian wide characters as two columns and, on a terminal, fit its width by
// truncating the widest column (ids are never cut); piped output is never cut.
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demo, imgctl, sandbox } from "./helpers/run.js";
import { bin, imgctlSync } from "./helpers/spawn.js";

let box: ReturnType<typeof sandbox>;
const TEAM = "ウェブチーム長い名前のチームです";

/** Display columns: the CJK and full-width ranges used here take two. */
const columns = (text: string): number =>
  [...text].reduce((w, ch) => w + (/[\u3000-\u9fff\uff01-\uff60]/.test(ch) ? 2 : 1), 0);

beforeAll(async () => {
  box = sandbox();
  expect((await imgctl(["images", "metadata", "set", demo.goldenImage, `team=${TEAM}`])).code).toBe(0);
});
afterAll(() => box.restore());

// `script` (util-linux) gives the child a pseudo-terminal of the given width.
const hasScript = spawnSync("script", ["--version"]).status === 0;
function onTerminal(width: number, args: string): string[] {
  const out = spawnSync("script", ["-qec", `stty cols ${width}; ${process.execPath} ${bin} ${args}`, "/dev/null"], {
    encoding: "utf8",
    env: { ...process.env, ...box.env, NO_COLOR: "1" },
    timeout: 30_000,
  });
  return out.stdout.split(/\r?\n/).filter((l) => l && !l.startsWith("imgctl: using the local emulator"));
}

describe("table widths", () => {
  it("wide characters take two columns: the next column stays aligned (piped, nothing cut)", () => {
    const out = imgctlSync(["images", "metadata", "list", demo.goldenImage], box.env);
    const lines = out.stdout.trimEnd().split("\n");
    const header = lines[0]!;
    const team = lines.find((l) => l.startsWith("team "))!;
    expect(team).toContain(TEAM);
    expect(columns(team.slice(0, team.lastIndexOf("no")))).toBe(columns(header.slice(0, header.indexOf("READ ONLY"))));
  });

  it.runIf(hasScript)("on a 40-column terminal every line fits, the wide value cut with …", () => {
    const lines = onTerminal(40, `images metadata list ${demo.goldenImage}`);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(columns(line), line).toBeLessThanOrEqual(40);
    expect(lines.find((l) => l.startsWith("team "))).toMatch(/ウェブ.*…\s+no$/);
  });

  it.runIf(hasScript)("images list on a 100-column terminal: ids whole, other columns cut", () => {
    const lines = onTerminal(100, "images list");
    for (const line of lines) expect(columns(line), line).toBeLessThanOrEqual(100);
    expect(lines.some((l) => l.startsWith(`${demo.goldenImage}  `))).toBe(true);
    expect(lines.some((l) => l.includes("…"))).toBe(true);
  });
});
