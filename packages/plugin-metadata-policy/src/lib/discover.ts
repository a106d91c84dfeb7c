// Finding .imgctl-policy.yaml from a directory upwards. Light on purpose (node:fs only): the CLI hook runs this on
// every metadata write, and must cost nothing when no policy exists.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const POLICY_FILE_NAMES = [".imgctl-policy.yaml", ".imgctl-policy.yml", ".imgctl-policy.json"];

/** The nearest policy file from `start` upwards, or undefined. */
export function discoverPolicy(start: string = process.cwd()): string | undefined {
  let dir = resolve(start);
  for (;;) {
    for (const name of POLICY_FILE_NAMES) {
      const p = join(dir, name);
      if (existsSync(p)) return p;
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}
