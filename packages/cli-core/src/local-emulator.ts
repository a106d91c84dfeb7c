import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ApiVersion } from "@imgctl/types";
import { localDbPath } from "./config/paths.js";

/**
 * The part of @imgctl/emulator's Emulator that the CLI uses. Structural on purpose: cli-core does
 * not depend on the emulator (plugins that use cli-core must not pull in SQLite); the emulator
 * comes from the CLI's own installation.
 */
export interface LocalEmulator {
  fetch(request: Request): Promise<Response>;
  /** `fetch` without Request/Response: lower-case headers, the body as text. */
  handle(request: {
    method: string;
    url: string;
    headers: Record<string, string>;
    body?: string | undefined;
  }): Promise<{ status: number; headers: Record<string, string>; text: string }>;
  close(): Promise<void>;
  /** The ids of the projects `apiKey` may read and of every region (absent in emulators that predate it). */
  directory?(apiKey?: string): { projects: number[]; regions: number[] };
}

/** The key under which @imgctl/client looks for a fetch's plain form (its `PLAIN_FETCH`). */
const PLAIN_FETCH = Symbol.for("@imgctl/client.plain-fetch");

/**
 * The client's transport for the local emulator. Calls without middleware reach the emulator as
 * plain values (no Request, no Response: Node then never loads undici, and a 1,000-image list is
 * not copied through a Response); a Request (a plugin's middleware, `client.fetch`) is handed
 * over as it is. Both go through the emulator's same pipeline and fault injection.
 */
export function localFetch(emulator: LocalEmulator): (request: Request) => Promise<Response> {
  const fetch = (request: Request) => emulator.fetch(request);
  return Object.assign(fetch, {
    [PLAIN_FETCH]: (url: string, init: { method: string; headers: Record<string, string>; body: string | undefined }) =>
      emulator.handle({ method: init.method, url, headers: init.headers, body: init.body }),
  });
}

export interface LocalEmulatorOptions {
  db?: string;
  fixture?: string;
  /** Task duration in ms; IMGCTL_LOCAL_TASK_MS overrides the default of 1500. */
  taskMs?: number;
  /** The generation the emulator speaks (default 2025-04, the seed's: the quick start shows the whole seed surface). */
  apiVersion?: ApiVersion;
  /** The directory of the CLI whose dependencies provide @imgctl/emulator (oclif's `config.root`). */
  from?: string;
}

const EMULATOR_MODULE = "@imgctl/emulator";

/** The emulator as installed with the CLI at `from`, else as resolvable from cli-core (workspace, tests). */
function emulatorSpecifier(from: string | undefined): string {
  if (from === undefined) return EMULATOR_MODULE;
  try {
    return pathToFileURL(createRequire(join(from, "package.json")).resolve(EMULATOR_MODULE)).href;
  } catch {
    return EMULATOR_MODULE;
  }
}

export function localTaskMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.IMGCTL_LOCAL_TASK_MS;
  const n = raw === undefined ? Number.NaN : Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : 1500;
}

/**
 * Opens the `local` profile's emulator in this process: SQLite in the XDG data dir, seeded with the
 * demo fixture on first use, tasks that take a realistic 1.5 s. Imported lazily: it pulls SQLite,
 * Hono and the spec validator.
 */
export async function openLocalEmulator(options: LocalEmulatorOptions = {}): Promise<LocalEmulator> {
  const db = options.db ?? localDbPath();
  mkdirSync(dirname(db), { recursive: true, mode: 0o700 });
  const mod = (await import(emulatorSpecifier(options.from))) as { createEmulator(o: object): LocalEmulator };
  const ms = options.taskMs ?? localTaskMs();
  return mod.createEmulator({
    db,
    fixture: options.fixture ?? "demo",
    tasks: ms === 0 ? { mode: "immediate" } : { mode: "delay", ms },
    // One store, either wire shape: switching the generation keeps the local data.
    apiVersion: options.apiVersion ?? "2025-04",
  });
}
