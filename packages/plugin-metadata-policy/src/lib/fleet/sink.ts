// Where streamed lines go: stdout, or the --output file (truncated first), one whole line per write.
import { closeSync, openSync, writeSync } from "node:fs";
import type { TextSink } from "./json-writer.js";

export interface LineSink {
  line(value: unknown): void;
  close(): void;
}

export function openSink(output: string | undefined): LineSink {
  if (!output)
    return {
      line: (value) => process.stdout.write(`${JSON.stringify(value)}\n`),
      close() {},
    };
  const fd = openSync(output, "w");
  return {
    line: (value) => writeSync(fd, `${JSON.stringify(value)}\n`),
    close: () => closeSync(fd),
  };
}

/** A buffered text writer to the --output file (truncated first) or stdout, for a final report written in pieces. */
export function openTextSink(output: string | undefined): TextSink {
  const fd = output ? openSync(output, "w") : undefined;
  const flushAt = 64 * 1024;
  let buffer = "";
  const flush = () => {
    if (!buffer) return;
    if (fd === undefined) process.stdout.write(buffer);
    else writeSync(fd, buffer);
    buffer = "";
  };
  return {
    write(chunk) {
      buffer += chunk;
      if (buffer.length >= flushAt) flush();
    },
    close() {
      flush();
      if (fd !== undefined) closeSync(fd);
    },
  };
}
