// The progress line: drawn on a terminal (pairs done/total, images, findings, images/s), nothing off one.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { startProgress } from "../src/lib/fleet/progress.js";

function stream(isTTY: boolean) {
  let text = "";
  const s = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk);
      done();
    },
  }) as Writable & { isTTY?: boolean; columns?: number; cursorTo?: unknown; clearLine?: unknown };
  if (isTTY)
    Object.assign(s, {
      isTTY: true,
      columns: 120,
      cursorTo: () => true,
      clearLine: () => true,
      moveCursor: () => true,
    });
  return { s, text: () => text };
}

describe("fleet progress", () => {
  it("draws pairs, images, findings and a rate on a terminal, and clears the line at the end", async () => {
    const out = stream(true);
    const progress = await startProgress(3, out.s);
    progress.images(500);
    progress.pair(7);
    progress.images(250);
    progress.pair(1);
    progress.stop();
    expect(out.text()).toMatch(/2\/3 pairs \| 750 images \| 8 findings \| \d+ images\/s/);
  });

  it("writes nothing off a terminal", async () => {
    const out = stream(false);
    const progress = await startProgress(3, out.s);
    progress.images(500);
    progress.pair(7);
    progress.stop();
    expect(out.text()).toBe("");
  });
});
