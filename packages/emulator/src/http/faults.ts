// Fault injection in front of the app: latency, chosen statuses on chosen routes at a rate,
// stalls and dropped connections. Works the same in process and over HTTP, except that a
// drop destroys the socket over HTTP and rejects the fetch with a TypeError in process.
import type { IncomingMessage } from "node:http";
import type { FaultConfig, FaultHit, FaultRule } from "../types.js";
import { ApiError, errorResponse } from "./errors.js";
import { newRequestId } from "./request-id.js";
import { matchRoute, type RouteLookup, routingPath } from "./router.js";

export interface HttpEnv {
  incoming?: IncomingMessage;
}

/** What rules look at: the method and the URL (path, for `path` and `operationId`). */
export type RequestLine = Pick<Request, "method" | "url">;

/** How `around` makes each kind of answer in the caller's form. */
export interface FaultAnswer<R> {
  /** The app's answer. */
  next(): Promise<R>;
  /** Reads an answer to its end before it is replaced (`afterHandler`). */
  drain(answer: R): Promise<void>;
  /** The injected error answer. */
  error(error: ApiError): R;
  /** The answer after the socket was destroyed (never seen by the client). */
  dropped(): R;
}

const CLASSES: Record<number, [string, string]> = {
  408: ["RequestTimeout", "Request timed out"],
  409: ["ConflictError", "Conflict, try again"],
  429: ["TooManyRequests", "Request was throttled"],
  500: ["InternalServerError", "Internal server error"],
  502: ["BadGateway", "Bad gateway"],
  503: ["ServiceUnavailable", "Service temporarily unavailable"],
  504: ["GatewayTimeout", "Gateway timeout"],
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * mulberry32: a small, fast 32-bit generator, uniform in [0, 1). Statistical quality is plenty
 * for "fault 30 % of the calls"; what matters is that a seed gives the same draws on every run.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export class FaultInjector {
  private config: FaultConfig | undefined;
  private readonly hits = new Map<FaultRule, number>();
  private readonly pathRegex = new Map<FaultRule, RegExp>();
  private readonly random = new Map<FaultRule, () => number>();

  /**
   * `match` is the router of the generation the emulator speaks (a rule's `operationId` names an
   * operation of that generation); `extraHeaders` go on every injected error answer.
   */
  constructor(
    config?: FaultConfig,
    private readonly match: RouteLookup<string> = matchRoute,
    private readonly extraHeaders: Record<string, string> = {},
  ) {
    this.set(config);
  }

  set(config: FaultConfig | undefined): void {
    this.config = config && (config.latencyMs || config.rules?.length) ? config : undefined;
    this.hits.clear();
    this.pathRegex.clear();
    this.random.clear();
    for (const rule of config?.rules ?? []) {
      if (rule.path) this.pathRegex.set(rule, new RegExp(rule.path));
      if (rule.seed !== undefined) this.random.set(rule, seededRandom(rule.seed));
    }
  }

  /** Each rule of the current config with the number of requests it has answered so far. */
  stats(): FaultHit[] {
    return (this.config?.rules ?? []).map((rule) => ({ rule, hits: this.hits.get(rule) ?? 0 }));
  }

  async handle(
    request: Request,
    env: HttpEnv | undefined,
    next: (request: Request) => Promise<Response>,
  ): Promise<Response> {
    return this.around(request, env, {
      next: () => next(request),
      // The handler ran: read its answer to the end, as a client would have, before losing it.
      drain: (response) =>
        response.arrayBuffer().then(
          () => {},
          () => {},
        ),
      error: (error) => errorResponse(error, newRequestId(), this.extraHeaders),
      dropped: () => new Response(null, { status: 499 }),
    });
  }

  /**
   * The faults around one request, whatever the form of its answer: a Response (fetch, HTTP) or
   * the in-process entry's plain answer, so that both see the same latency, rules and hit counts.
   */
  async around<R>(request: RequestLine, env: HttpEnv | undefined, answer: FaultAnswer<R>): Promise<R> {
    const config = this.config;
    if (!config) return answer.next();
    if (config.latencyMs) await sleep(config.latencyMs);
    const rule = this.pick(request, config.rules ?? []);
    if (!rule) return answer.next();
    if (rule.afterHandler) {
      const response = await answer.next();
      await answer.drain(response);
      if (rule.stallMs) await sleep(rule.stallMs);
      return this.apply(rule, env, answer) ?? response;
    }
    if (rule.stallMs) await sleep(rule.stallMs);
    return this.apply(rule, env, answer) ?? answer.next();
  }

  private pick(request: RequestLine, rules: FaultRule[]): FaultRule | undefined {
    if (rules.length === 0) return undefined;
    const pathname = new URL(request.url).pathname;
    // The router reads only the URL of what it is given.
    const { route } = this.match(request.method, routingPath(request as Request));
    for (const rule of rules) {
      if (rule.operationId !== undefined && rule.operationId !== route?.operationId) continue;
      if (rule.method !== undefined && rule.method.toUpperCase() !== request.method) continue;
      const regex = this.pathRegex.get(rule);
      if (regex && !regex.test(pathname)) continue;
      const used = this.hits.get(rule) ?? 0;
      if (rule.times !== undefined && used >= rule.times) continue;
      if (rule.rate !== undefined && (this.random.get(rule) ?? Math.random)() >= rule.rate) continue;
      this.hits.set(rule, used + 1);
      return rule;
    }
    return undefined;
  }

  /** The faulty answer, or undefined when the rule only stalls. */
  private apply<R>(rule: FaultRule, env: HttpEnv | undefined, answer: FaultAnswer<R>): R | undefined {
    if (rule.drop) {
      if (env?.incoming) {
        env.incoming.socket.destroy();
        return answer.dropped();
      }
      throw new TypeError("fetch failed", { cause: new Error("imgctl-emulator fault: connection dropped") });
    }
    if (rule.status === undefined) return undefined;
    const [exceptionClass, message] = CLASSES[rule.status] ?? ["HTTPError", `Injected fault ${rule.status}`];
    const headers: Record<string, string> = {};
    if (rule.retryAfter !== undefined || rule.status === 429) headers["retry-after"] = String(rule.retryAfter ?? 1);
    if (rule.retryAfterMs !== undefined) headers["retry-after-ms"] = String(rule.retryAfterMs);
    if (rule.shouldRetry !== undefined) headers["x-should-retry"] = String(rule.shouldRetry);
    return answer.error(new ApiError(rule.status, exceptionClass, message, undefined, headers));
  }
}
