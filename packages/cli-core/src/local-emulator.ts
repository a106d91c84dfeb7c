import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { localDbPath } from "./config/paths.js";

/** The part of @imgctl/emulator's Emulator that the CLI uses (kept structural: the emulator is an optional peer). */
export interface LocalEmulator {
  fetch(request: Request): Promise<Response>;
  close(): Promise<void>;
}

export interface LocalEmulatorOptions {
  db?: string;
  fixture?: string;
  /** Task duration in ms; IMGCTL_LOCAL_TASK_MS overrides the default of 1500. */
  taskMs?: number;
}

// A variable specifier keeps TypeScript from requiring the emulator's types in packages that
// use cli-core without it (e.g. the policy plugin); at run time it is a plain dynamic import.
const EMULATOR_MODULE = "@imgctl/emulator";

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
  const mod = (await import(EMULATOR_MODULE)) as { createEmulator(o: object): LocalEmulator };
  const ms = options.taskMs ?? localTaskMs();
  return mod.createEmulator({
    db,
    fixture: options.fixture ?? "demo",
    tasks: ms === 0 ? { mode: "immediate" } : { mode: "delay", ms },
  });
}
