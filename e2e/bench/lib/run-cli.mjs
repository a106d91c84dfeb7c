// Runs the real CLI binary once, output to a file, and measures it from outside: wall time from spawn to exit (start-up
// included: end to end, as a user or a scheduled job sees it), exit code, and peak RSS (see peak-rss.mjs).
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CLI_BIN } from "../../lib/fleet-emulator.mjs";

const PRELOAD = fileURLToPath(new URL("./peak-rss.mjs", import.meta.url));

export async function runCli(args, { env = {}, outFile }) {
  const rssFile = `${outFile}.rss`;
  rmSync(rssFile, { force: true });
  const out = openSync(outFile, "w");
  const argv = ["--import", PRELOAD, CLI_BIN, ...args];
  const started = performance.now();
  const child = spawn(process.execPath, argv, {
    stdio: ["ignore", out, "pipe"],
    env: { ...process.env, ...env, IMGCTL_PEAK_RSS_FILE: rssFile, NO_COLOR: "1" },
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const code = await new Promise((resolve) => child.once("exit", (c) => resolve(c)));
  const seconds = (performance.now() - started) / 1000;
  closeSync(out);
  const peakKb = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) : NaN;
  return { code, seconds, peakRssMb: Math.round(peakKb / 1024), stderr };
}

/** The summary line of a `--format json --stream` output file. */
export function streamSummary(outFile) {
  const lines = readFileSync(outFile, "utf8").trimEnd().split("\n");
  const last = JSON.parse(lines.at(-1) ?? "{}");
  if (last.type !== "summary") throw new Error(`no summary line at the end of ${outFile}: ${lines.at(-1)}`);
  return last;
}
