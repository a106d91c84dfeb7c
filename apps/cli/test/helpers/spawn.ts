import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { join } from "node:path";
import { root } from "./run.js";

export const bin = join(root, "bin", "run.js");

/** Runs the built binary in a child process with the given env (on top of the current one). */
export function imgctlSync(args: string[], env: Record<string, string> = {}, input?: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    input,
    timeout: 30_000,
  });
}

/** Starts the binary; resolves once `ready` matches stderr or stdout. */
export function imgctlSpawn(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [bin, ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const waitFor = async (re: RegExp, ms = 15_000): Promise<RegExpMatchArray> => {
    const end = Date.now() + ms;
    for (;;) {
      const m = (stdout + stderr).match(re);
      if (m) return m;
      if (Date.now() > end || child.exitCode !== null)
        throw new Error(`timed out waiting for ${re}; got:\n${stdout}${stderr}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  return { child, exited, waitFor, output: () => ({ stdout, stderr }) };
}

/** Runs the binary to the end without blocking the test's event loop (for servers in the test). */
export async function imgctlAsync(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const p = imgctlSpawn(args, env);
  const status = await p.exited;
  return { status, ...p.output() };
}
