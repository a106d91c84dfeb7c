// Shared set-up: a real emulator (in process or on loopback) and clients for the demo principals.
import { createEmulator, demoKeys, type Emulator, type EmulatorOptions } from "@imgctl/emulator";
import { createImagesClient, type ClientOptions, type Logger } from "../src/index.js";
import type { InternalClientOptions } from "../src/client.js";

export { demoImageIds, demoKeys, demoVolumeId } from "@imgctl/emulator";

export const IN_PROCESS_URL = "http://emulator.local/cloud";

/** A fresh in-memory emulator that checks its own answers against the spec. */
export function startEmulator(options: EmulatorOptions = {}): Emulator {
  return createEmulator({ validateResponses: true, ...options });
}

/** A client of `emulator` in process, as Alpha (project 10, region 1) unless told otherwise. */
export function inProcessClient(emulator: Emulator, options: InternalClientOptions = {}) {
  return createImagesClient({
    apiKey: demoKeys.alpha,
    baseUrl: IN_PROCESS_URL,
    fetch: emulator.fetch,
    projectId: 10,
    regionId: 1,
    ...options,
  } as ClientOptions);
}

/** A client over HTTP with a tiny backoff, so retry tests take milliseconds. */
export function httpClient(url: string, options: InternalClientOptions = {}) {
  return createImagesClient({
    apiKey: demoKeys.alpha,
    baseUrl: url,
    projectId: 10,
    regionId: 1,
    retryBackoff: { initialMs: 2, maxMs: 10 },
    ...options,
  } as ClientOptions);
}

export interface LogLine {
  level: keyof Logger;
  message: string;
  details?: object;
}

/** A logger that keeps every line, to assert on attempts and on redaction. */
export function memoryLogger(): Logger & { lines: LogLine[]; attempts(): number } {
  const lines: LogLine[] = [];
  const at = (level: keyof Logger) => (message: string, details?: object) =>
    void lines.push({ level, message, details });
  return {
    lines,
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    attempts: () => lines.filter((l) => l.message.startsWith("→")).length,
  };
}
