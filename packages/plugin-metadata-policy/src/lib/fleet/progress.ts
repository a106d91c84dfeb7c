// The progress line on a terminal (stderr): pairs done of total, images evaluated, findings, images/s. cli-progress
// draws it (redraw throttling, terminal width, clearing on stop); it is loaded only when a terminal will show it.
// Off a terminal (CI logs, pipes) nothing is written: a log full of redraws helps nobody.
import type { Writable } from "node:stream";

export interface Progress {
  images(n: number): void;
  pair(findings: number): void;
  stop(): void;
}

const SILENT: Progress = { images() {}, pair() {}, stop() {} };

export async function startProgress(
  total: number,
  stream: (Writable & { isTTY?: boolean }) | undefined,
): Promise<Progress> {
  if (!stream?.isTTY) return SILENT;
  const { SingleBar } = (await import("cli-progress")).default;
  const bar = new SingleBar({
    stream,
    format: "{bar} {value}/{total} pairs | {images} images | {findings} findings | {rate} images/s",
    barsize: 20,
    hideCursor: true,
    clearOnComplete: true,
    fps: 10,
  });
  const started = performance.now();
  let images = 0;
  let findings = 0;
  let pairs = 0;
  const payload = () => ({
    images,
    findings,
    rate: Math.round(images / Math.max(0.001, (performance.now() - started) / 1000)),
  });
  bar.start(total, 0, payload());
  return {
    images(n) {
      images += n;
      bar.update(pairs, payload());
    },
    pair(n) {
      findings += n;
      bar.update(++pairs, payload());
    },
    stop() {
      bar.stop();
    },
  };
}
