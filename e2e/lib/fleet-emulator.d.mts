// Types of fleet-emulator.mjs (plain JavaScript so that the benchmark runs it with node, no build).
import type { Fixture } from "@imgctl/emulator";

export declare const EMULATOR_BIN: string;
export declare const CLI_BIN: string;
export declare const FLEET_KEY: string;
export declare const FLEET_CLIENT: number;
export declare const FIRST_PROJECT: number;
export declare const FLEET_METADATA: Record<string, string>[];
export declare const FLEET_POLICY: string;
export declare function fleetIds(projects: number, regions: number): { projectIds: number[]; regionIds: number[] };
export declare function fleetFixture(size: { images: number; projects: number; regions: number }): Fixture;
export interface EmulatorProcess {
  url: string;
  pid: number;
  stop(): Promise<{ code: number | null; output: string; faultHits: Array<{ fault: string; hits: number }> }>;
}
export declare function startEmulatorProcess(options: {
  fixture: string;
  db?: string;
  apiVersion?: "2025-04" | "2026-08";
  faults?: string[];
  latencyMs?: number;
}): Promise<EmulatorProcess>;
