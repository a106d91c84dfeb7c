// `--state FILE`: what a fleet run has finished, so a rerun after Ctrl-C or a crash skips it. JSON Lines: a header
// naming the run, then one line per finished pair, appended and fsync'd when the pair finishes. A crash mid-write
// leaves a torn last line: it is cut off and the pair is scanned again. Error rows are not recorded (a rerun retries).
import { closeSync, existsSync, fsyncSync, ftruncateSync, openSync, readFileSync, writeSync } from "node:fs";
import { EXIT } from "@imgctl/cli-core";
import { ExitCodeError } from "../exit-error.js";
import { type Pair, pairKey } from "./selection.js";

export interface StateHeader {
  kind: "imgctl-fleet-state";
  version: 1;
  command: "check" | "fix";
  policyDigest: string;
  apiVersion: string;
  pairs: Pair[];
  /** The flags that change what a pair's result is (--owned, --include-public, --enforcement-ceiling, --now). */
  options: Record<string, string | boolean>;
}

export interface StateRecord {
  project: number;
  region: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The first field in which the file's run differs from this one, in words. */
function difference(file: StateHeader, now: StateHeader): string | undefined {
  if (file.command !== now.command) return `it was written by policy ${file.command}, this is policy ${now.command}`;
  if (file.policyDigest !== now.policyDigest)
    return `the policy differs (${file.policyDigest.slice(0, 19)}… in the file, ${now.policyDigest.slice(0, 19)}… now)`;
  if (file.apiVersion !== now.apiVersion)
    return `the API version differs (${file.apiVersion} in the file, ${now.apiVersion} now)`;
  if (!same(file.pairs, now.pairs))
    return `the project/region pairs differ (${file.pairs?.length ?? 0} in the file, ${now.pairs.length} now)`;
  if (!same(file.options, now.options))
    return `the options differ (${JSON.stringify(file.options)} in the file, ${JSON.stringify(now.options)} now)`;
  return undefined;
}

function readLines(file: string): { lines: string[]; keepBytes: number } {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new ExitCodeError(`cannot read state file ${file}: ${(e as Error).message}`, EXIT.usage);
  }
  const lines = text.split("\n");
  // The part after the last newline is a torn write (or nothing): it is dropped and cut off before appending.
  const torn = lines.pop() ?? "";
  return { lines: lines.filter((l) => l.length > 0), keepBytes: Buffer.byteLength(text) - Buffer.byteLength(torn) };
}

function parseLine<T>(file: string, line: string, n: number): T {
  try {
    return JSON.parse(line) as T;
  } catch {
    throw new ExitCodeError(
      `state file ${file}: line ${n} is not JSON; it is not an imgctl fleet state file`,
      EXIT.usage,
    );
  }
}

export class FleetState<R extends StateRecord> {
  private constructor(
    private readonly fd: number | undefined,
    readonly done: Map<string, R>,
  ) {}

  /** Opens (or starts) the state file; a file of another run is a usage error naming the difference. With
   * `write: false` (a dry run) the file is only read. */
  static open<R extends StateRecord>(file: string, header: StateHeader, write = true): FleetState<R> {
    const done = new Map<string, R>();
    const existing = existsSync(file) ? readLines(file) : undefined;
    if (!existing || existing.lines.length === 0) {
      if (!write) return new FleetState<R>(undefined, done);
      const fd = openFile(file, "w");
      append(fd, header);
      return new FleetState<R>(fd, done);
    }
    const { lines, keepBytes } = existing;
    const stored = parseLine<StateHeader>(file, lines[0]!, 1);
    if (stored?.kind !== "imgctl-fleet-state" || stored.version !== 1)
      throw new ExitCodeError(`state file ${file}: line 1 is not an imgctl fleet state header`, EXIT.usage);
    const diff = difference(stored, header);
    if (diff) throw new ExitCodeError(`state file ${file} belongs to another run: ${diff}`, EXIT.usage);
    lines.slice(1).forEach((line, i) => {
      const r = parseLine<R>(file, line, i + 2);
      done.set(pairKey(r.project, r.region), r);
    });
    if (!write) return new FleetState<R>(undefined, done);
    const fd = openFile(file, "a");
    ftruncateSync(fd, keepBytes);
    return new FleetState<R>(fd, done);
  }

  /** Records a finished pair durably before the run goes on. */
  record(r: R): void {
    if (this.fd !== undefined) append(this.fd, r);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
  }
}

function openFile(file: string, flags: "w" | "a"): number {
  try {
    return openSync(file, flags);
  } catch (e) {
    throw new ExitCodeError(`cannot write state file ${file}: ${(e as Error).message}`, EXIT.usage);
  }
}

/** One line at the end of the file (opened to append), on disk before it returns. */
function append(fd: number, value: unknown): void {
  writeSync(fd, `${JSON.stringify(value)}\n`, null);
  fsyncSync(fd);
}
