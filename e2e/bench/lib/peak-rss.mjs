// Loaded with `node --import` into the measured CLI process: as it exits, writes its peak resident set size (VmHWM,
// which the kernel keeps for the whole life of the process) in kB to $IMGCTL_PEAK_RSS_FILE. Exact, unlike polling
// /proc/<pid>/status from outside, which can miss the last peak; and `/usr/bin/time -v` is not on every machine.
import { readFileSync, writeFileSync } from "node:fs";

const file = process.env.IMGCTL_PEAK_RSS_FILE;
if (file) {
  process.on("exit", () => {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    writeFileSync(file, match ? match[1] : "");
  });
}
