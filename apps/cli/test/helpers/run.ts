import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { demoImageIds, demoVolumeId } from "@imgctl/emulator";
import { runCommand } from "@oclif/test";
import type { Interfaces } from "@oclif/core";

/** The CLI package: tests run the BUILT commands (dist + manifest), as users do. */
export const root = fileURLToPath(new URL("../..", import.meta.url));

export interface RunResult<T = unknown> {
  stdout: string;
  stderr: string;
  result: T | undefined;
  error: (Error & { oclif?: { exit?: number } }) | undefined;
  /** The process exit code the command would have. */
  code: number;
}

/** Runs `imgctl <args>` in process; never throws. */
export async function imgctl<T = unknown>(
  args: string[],
  loadOpts: Partial<Interfaces.LoadOptions & object> = {},
): Promise<RunResult<T>> {
  const out = await runCommand<T>(args, { root, ...(loadOpts as object) });
  const error = out.error as RunResult["error"];
  return {
    stdout: out.stdout,
    stderr: out.stderr,
    result: out.result,
    error,
    code: error ? (error.oclif?.exit ?? 1) : 0,
  };
}

/** `--json` output, parsed. */
export async function imgctlJson<T = unknown>(args: string[]): Promise<T> {
  const out = await imgctl<T>([...args, "--json"]);
  if (out.code !== 0) throw new Error(`imgctl ${args.join(" ")} failed (${out.code}): ${out.stdout}${out.stderr}`);
  return JSON.parse(out.stdout) as T;
}

const SCRUB = /^(GCORE_|IMGCTL_|XDG_|NO_COLOR$|FORCE_COLOR$)/;

/**
 * A fresh XDG data + config directory and a clean environment (no GCORE_* / IMGCTL_* from the
 * developer's shell); fast emulator tasks and polling. Returns the directory and a restore function.
 */
export interface SandboxEnv {
  XDG_DATA_HOME: string;
  XDG_CONFIG_HOME: string;
  [name: string]: string;
}

export function sandbox(extraEnv: Record<string, string> = {}): { dir: string; env: SandboxEnv; restore(): void } {
  const saved = { ...process.env };
  const dir = mkdtempSync(join(tmpdir(), "imgctl-test-"));
  for (const k of Object.keys(process.env)) if (SCRUB.test(k)) delete process.env[k];
  const env: SandboxEnv = {
    XDG_DATA_HOME: join(dir, "data"),
    XDG_CONFIG_HOME: join(dir, "config"),
    IMGCTL_LOCAL_TASK_MS: "150",
    IMGCTL_POLL_MS: "25",
    ...extraEnv,
  };
  Object.assign(process.env, env);
  return {
    dir,
    env,
    restore() {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Sets env vars for the duration of fn. */
export async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(vars)) {
    saved[k] = process.env[k];
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** Demo fixture values (contract): Alpha's private image and bootable volumes. */
export const demo = {
  goldenImage: demoImageIds.alphaWebGolden,
  ubuntu2204: demoImageIds.ubuntu2204r1,
  windows: demoImageIds.windows2022r1,
  bootVolume: demoVolumeId(10, 1, 1),
  brokenVolume: demoVolumeId(10, 1, 3),
  missingImage: "33333333-0000-4000-8000-0000000000ff",
  adminKey: "imgctl-demo$admin",
  alphaKey: "imgctl-demo$alpha",
  betaKey: "imgctl-demo$beta",
};
