// imgctl-emulator: serves the emulator over HTTP. Binds 127.0.0.1 unless --host says otherwise;
// prints the URL and the demo keys; stops cleanly on SIGINT/SIGTERM.
import { parseArgs } from "node:util";
import { createEmulator } from "./emulator.js";
import { demoKeys } from "./fixture/demo.js";
import type { ApiVersion, FaultRule, TaskTiming } from "./types.js";

const USAGE = `Usage: imgctl-emulator [options]
  --port N            port (default 8080; 0 = any free port)
  --host H            interface to bind (default 127.0.0.1)
  --db PATH           SQLite file (default :memory:)
  --fixture F         demo (default) | none | path to a .json/.yaml fixture
  --api-version V     2025-04 (default) | 2026-08: the API generation spoken (same database either way)
  --tasks T           immediate (default) | delay:MS | polls:N
  --latency MS        add MS of latency to every request
  --fault RULE        inject a fault, repeatable; RULE is comma-separated key=value pairs:
                      operationId=, method=, path=REGEX, status=N, retryAfter=S, retryAfterMs=MS,
                      shouldRetry=true|false, drop, stallMs=MS, afterHandler, rate=0..1, seed=N
                      (rate drawn from a generator seeded with N: reproducible), times=N
                      e.g. --fault operationId=imagesList,status=429,retryAfter=1,rate=0.3,seed=7
                      On stop, prints each rule's hit count (a JSON line "fault hits: [...]").
  --quiet             print only the URL
  -h, --help          this help`;

export function parseTasks(value: string): TaskTiming {
  if (value === "immediate") return { mode: "immediate" };
  const [mode, n] = value.split(":");
  const num = Number(n);
  if (mode === "delay" && Number.isFinite(num) && num >= 0) return { mode: "delay", ms: num };
  if (mode === "polls" && Number.isInteger(num) && num >= 1) return { mode: "polls", polls: num };
  throw new Error(`--tasks must be immediate, delay:MS or polls:N (got "${value}")`);
}

export function parseApiVersion(value: string): ApiVersion {
  if (value === "2025-04" || value === "2026-08") return value;
  throw new Error(`--api-version must be 2025-04 or 2026-08 (got "${value}")`);
}

export function parseFault(value: string): FaultRule {
  const rule: Record<string, unknown> = {};
  for (const part of value.split(",")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const key = eq < 0 ? part : part.slice(0, eq);
    const raw = eq < 0 ? "true" : part.slice(eq + 1);
    if (["status", "retryAfter", "retryAfterMs", "stallMs", "rate", "seed", "times"].includes(key)) {
      const n = Number(raw);
      if (!Number.isFinite(n)) throw new Error(`--fault ${key} must be a number (got "${raw}")`);
      rule[key] = n;
    } else if (["drop", "afterHandler", "shouldRetry"].includes(key)) {
      rule[key] = raw !== "false";
    } else if (["operationId", "method", "path"].includes(key)) {
      rule[key] = raw;
    } else {
      throw new Error(`--fault: unknown key "${key}"`);
    }
  }
  return rule as FaultRule;
}

export async function main(argv: string[]): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: "string", default: "8080" },
        host: { type: "string", default: "127.0.0.1" },
        db: { type: "string", default: ":memory:" },
        fixture: { type: "string", default: "demo" },
        tasks: { type: "string", default: "immediate" },
        "api-version": { type: "string", default: "2025-04" },
        latency: { type: "string" },
        fault: { type: "string", multiple: true },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  let emulator;
  let server;
  try {
    const rules = (values.fault ?? []).map(parseFault);
    const latencyMs = values.latency === undefined ? undefined : Number(values.latency);
    emulator = createEmulator({
      apiVersion: parseApiVersion(values["api-version"]),
      db: values.db,
      fixture: values.fixture,
      tasks: parseTasks(values.tasks),
      faults: rules.length > 0 || latencyMs ? { latencyMs, rules } : undefined,
    });
    server = await emulator.listen({ port: Number(values.port), host: values.host, overrideGlobalObjects: true });
  } catch (error) {
    console.error(`imgctl-emulator: ${(error as Error).message}`);
    await emulator?.close();
    process.exitCode = 1;
    return;
  }
  console.log(`imgctl-emulator listening on ${server.url}`);
  if (!values.quiet) {
    // Gcore's SDKs add /cloud to GCORE_BASE_URL themselves: give them the host root.
    console.log(
      `  GCORE_BASE_URL=${server.url.replace(/\/cloud$/, "")}   (for Gcore's SDKs; imgctl's client accepts both forms)`,
    );
    console.log(
      `  API version: ${emulator.apiVersion}   database: ${values.db}   tasks: ${values.tasks}   fixture: ${values.fixture}`,
    );
    if (values.fixture === "demo") {
      console.log("  demo API keys (header 'Authorization: APIKey <key>'):");
      console.log(`    admin              ${demoKeys.admin}`);
      console.log(`    reseller 100 Acme  ${demoKeys.resellerAcme}`);
      console.log(`    reseller 200 Zeta  ${demoKeys.resellerZeta}`);
      console.log(`    client 1001 Alpha  ${demoKeys.alpha}   (projects 10, 11)`);
      console.log(`    client 1002 Beta   ${demoKeys.beta}   (project 20)`);
      console.log(`    client 2001 Gamma  ${demoKeys.gamma}   (project 30)`);
      console.log(`  try: curl -H 'Authorization: APIKey ${demoKeys.alpha}' ${server.url}/v1/images/10/1`);
    }
  }
  const stop = async (signal: string) => {
    if (!values.quiet) console.log(`imgctl-emulator: ${signal}, stopping`);
    // What the faults did, for a benchmark or a test that must know the waits it imposed.
    const hits = emulator.faultHits().map((hit, i) => ({ fault: values.fault![i], hits: hit.hits }));
    if (!values.quiet && hits.length > 0) console.log(`imgctl-emulator: fault hits: ${JSON.stringify(hits)}`);
    await emulator.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}
