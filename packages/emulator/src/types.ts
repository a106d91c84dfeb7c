import type { ApiVersion } from "@imgctl/types";
import type { PlainRequest, PlainResponse } from "./http/in-process.js";
import type { Fixture } from "./fixture/types.js";

export type { ApiVersion };

export type TaskTiming = { mode: "immediate" } | { mode: "delay"; ms: number } | { mode: "polls"; polls: number };

export interface FaultRule {
  operationId?: string;
  method?: string;
  /** RegExp source matched on the pathname. */
  path?: string;
  /** Answer with this status + error body (429 also sends Retry-After). */
  status?: number;
  retryAfter?: number;
  retryAfterMs?: number;
  shouldRetry?: boolean;
  /** Destroy the connection (HTTP) / reject the fetch with a TypeError (in process). */
  drop?: boolean;
  /** Wait this long before answering. */
  stallMs?: number;
  /** Run the real handler first, then apply the fault (the response is lost after processing). */
  afterHandler?: boolean;
  /** 0..1, default 1. */
  rate?: number;
  /**
   * Makes `rate` reproducible: the rule draws from its own generator seeded with this (restarted
   * by `setFaults`), so the same sequence of matching requests meets the same faults. Without it,
   * `Math.random()`.
   */
  seed?: number;
  /** Only the first N matching requests. */
  times?: number;
}

export interface FaultHit {
  rule: FaultRule;
  hits: number;
}

export interface FaultConfig {
  latencyMs?: number;
  rules?: FaultRule[];
}

export interface EmulatorOptions {
  /**
   * The API generation spoken on the wire: "2025-04" (default, the seed's April-2025 shape) or
   * "2026-08" (tags_v2, tag filters and paging, PATCH with a tags merge patch). The store is the
   * same: one database can be served in either. Every answer names it in `X-Imgctl-Api-Version`.
   */
  apiVersion?: ApiVersion;
  /** ":memory:" (default) or a file path; WAL + synchronous=FULL. */
  db?: string;
  /** Default "demo"; seeded only into an empty database. */
  fixture?: "demo" | "none" | string | Fixture;
  /** Default { mode: "immediate" }. */
  tasks?: TaskTiming;
  faults?: FaultConfig;
  /** Epoch ms, for tests. */
  clock?: () => number;
  /** Validate every response against the spec (tests); default false. */
  validateResponses?: boolean;
}

export interface ListenResult {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface Emulator {
  /** The generation this emulator speaks. */
  readonly apiVersion: ApiVersion;
  fetch(request: Request): Promise<Response>;
  /**
   * The same as `fetch`, faults included, for a caller in this process that has no Request to
   * give: method, absolute URL, lower-case headers and body in; status, headers and body text out.
   * No Web Request/Response is built, so Node never loads undici for it.
   */
  handle(request: PlainRequest): Promise<PlainResponse>;
  /**
   * Serve over HTTP. `overrideGlobalObjects` lets @hono/node-server replace the process's global
   * Request/Response with faster ones (default false; the `imgctl-emulator` bin turns it on).
   */
  listen(opts?: { port?: number; host?: string; overrideGlobalObjects?: boolean }): Promise<ListenResult>;
  setFaults(faults: FaultConfig | undefined): void;
  /**
   * Project and region ids, ascending (a fleet scan's `all` on the local profile): with `apiKey`, the projects that key
   * may read (none for an unknown key), else every project; every region either way.
   */
  directory(apiKey?: string): { projects: number[]; regions: number[] };
  /** How many requests each rule has answered (faulted, stalled or dropped) since `setFaults`, in rule order. */
  faultHits(): FaultHit[];
  close(): Promise<void>;
}
