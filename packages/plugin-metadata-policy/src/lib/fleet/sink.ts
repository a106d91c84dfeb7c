// Where streamed lines go: stdout, or the --output file (truncated first), one whole line per write.
import { closeSync, openSync, writeSync } from "node:fs";

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
