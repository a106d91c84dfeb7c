// createEmulator(): store + task worker + app + faults, usable in process (`fetch`) or over
// HTTP (`listen`, via @hono/node-server).
import type { AddressInfo } from "node:net";
import type { ServerType } from "@hono/node-server";
import { loadFixture } from "./fixture/load.js";
import { seedGeneration } from "./generations/2025-04.js";
import { createApp } from "./http/app.js";
import { FaultInjector, type HttpEnv } from "./http/faults.js";
import { API_VERSION_HEADER, type Generation, type GenerationSource, resolveGeneration } from "./http/generation.js";
import { createPlainHandler } from "./http/in-process.js";
import { ImageDocCache } from "./model/image-cache.js";
import { type Clock, TaskWorker } from "./model/tasks.js";
import { Store } from "./store/index.js";
import { isEmpty, seedFixture } from "./store/seed.js";
import type { ApiVersion, Emulator, EmulatorOptions, ListenResult } from "./types.js";

/** The generation's request handling: the seed's is loaded with the emulator; 2026-08's modules
 * (its validators are ≈ 1 MB of code) only when an emulator speaks it. */
function generationFor(apiVersion: ApiVersion): GenerationSource {
  if (apiVersion === "2025-04") return seedGeneration;
  if (apiVersion === "2026-08") return import("./generations/2026-08.js").then((m): Generation => m.generation2026);
  throw new TypeError(`Unknown API version "${String(apiVersion)}": use 2025-04 or 2026-08`);
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const apiVersion = options.apiVersion ?? "2025-04";
  const generation = resolveGeneration(generationFor(apiVersion));
  const now = options.clock ?? Date.now;
  const clock: Clock = { now, iso: () => new Date(now()).toISOString() };
  const store = Store.open(options.db ?? ":memory:", (db) => {
    if (!isEmpty(db)) return;
    const fixture = loadFixture(options.fixture);
    if (fixture) seedFixture(db, fixture, clock.iso());
  });
  const worker = new TaskWorker(store, options.tasks ?? { mode: "immediate" }, clock);
  worker.resume();
  // One core (and one image cache) behind both entries.
  const core = { store, worker, clock, docs: new ImageDocCache(store, apiVersion) };
  const appOptions = {
    validateResponses: options.validateResponses,
    apiVersion,
    generation: generation.now() ?? generation.ready,
  };
  const app = createApp(core, appOptions);
  // Fault rules name the operations of the generation spoken; the entries below wait for its
  // modules before the injector looks at a request.
  const faults = new FaultInjector(
    options.faults,
    (method, path) => (generation.now() ?? seedGeneration).matchRoute(method, path),
    { [API_VERSION_HEADER]: apiVersion },
  );
  const servers = new Set<ListenResult>();
  let closed = false;

  const ready = <T>(run: () => Promise<T>): Promise<T> => (generation.now() ? run() : generation.ready.then(run));
  const handle = (request: Request, env?: HttpEnv) => ready(() => faults.handle(request, env, app));
  const plainNow = createPlainHandler(core, faults, appOptions);
  const plain: typeof plainNow = (request) => ready(() => plainNow(request));

  return {
    apiVersion,
    fetch(request) {
      if (closed) return Promise.reject(new TypeError("fetch failed", { cause: new Error("emulator is closed") }));
      return handle(request);
    },
    handle(request) {
      if (closed) return Promise.reject(new TypeError("fetch failed", { cause: new Error("emulator is closed") }));
      return plain(request);
    },
    async listen(opts = {}) {
      const host = opts.host ?? "127.0.0.1";
      // Loaded on first listen: in-process users (the CLI's local profile) never pay for it.
      // Replacing the process's global Request/Response with @hono/node-server's lighter ones
      // doubles get-by-id throughput, but a library must not change globals behind its host's
      // back: only a process that is nothing but the server (the bin) opts in.
      const { serve } = await import("@hono/node-server");
      return new Promise<ListenResult>((resolve, reject) => {
        let server: ServerType | undefined;
        const onError = (error: Error) => reject(error);
        server = serve(
          {
            fetch: (req, env) => handle(req, env as HttpEnv),
            port: opts.port ?? 0,
            hostname: host,
            overrideGlobalObjects: opts.overrideGlobalObjects ?? false,
          },
          (info: AddressInfo) => {
            server!.off("error", onError);
            const urlHost = host.includes(":") ? `[${host}]` : host;
            const result: ListenResult = {
              url: `http://${urlHost}:${info.port}/cloud`,
              port: info.port,
              close: () =>
                new Promise<void>((done) => {
                  servers.delete(result);
                  const s = server as ServerType & { closeAllConnections?: () => void };
                  s.close(() => done());
                  s.closeAllConnections?.();
                }),
            };
            servers.add(result);
            resolve(result);
          },
        );
        server.once("error", onError);
      });
    },
    setFaults(config) {
      faults.set(config);
    },
    directory(apiKey) {
      const d = store.directory;
      const ascending = (ids: Iterable<number>) => [...ids].sort((a, b) => a - b);
      // With a key: the projects it may read, as the real API's project listing answers a caller (an unknown key
      // reads none); without one, every project.
      const principal = apiKey === undefined ? undefined : d.keys.get(apiKey);
      const readable = principal ? d.readableProjects(principal) : apiKey === undefined ? null : new Set<number>();
      return { projects: ascending(readable ?? d.projects.keys()), regions: ascending(d.regions.keys()) };
    },
    faultHits() {
      return faults.stats();
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([...servers].map((s) => s.close()));
      worker.close();
      store.close();
    },
  };
}
