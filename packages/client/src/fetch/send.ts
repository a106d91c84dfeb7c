import { TimeoutError, type ConnectionError } from "../errors.js";
import { hideUserinfo, redactHeaders, redactUrl, type Logger } from "../log/redact.js";
import {
  DEFAULT_BACKOFF,
  retryDelay,
  shouldRetryFailure,
  shouldRetryResponse,
  sleep,
  toConnectionError,
  type Backoff,
} from "./retry.js";

/** Per-call overrides; the caller's abort signal travels on the request itself. */
export interface SendOptions {
  /** @unit milliseconds */
  timeout?: number | undefined;
  maxRetries?: number | undefined;
}

/**
 * A Request resolves with a Response whose body has been read already (a buffered copy); a Draft
 * with the response and its body as text. Either way the timeout covered the whole answer.
 */
export interface Send {
  (request: Request, options?: SendOptions): Promise<Response>;
  (request: Draft, options?: SendOptions): Promise<Answer>;
}

/** The answer to a Draft: the response (its body consumed) and that body as text. */
interface Answer {
  response: Response;
  text: string;
}

/**
 * A resource call without middleware, as the `(url, init)` of a fetch. The platform `Request`
 * constructor is the most expensive step of a call, and fetch builds one from `(url, init)`
 * anyway, so such a call never builds one itself. Header names are lower case.
 */
interface Draft {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  signal: AbortSignal | undefined;
}

/**
 * The key under which a custom fetch may carry its plain form (`fetch[PLAIN_FETCH] = plain`): the
 * same transport, taking a Draft's `(url, init)` and answering status, headers and text. Node
 * loads its bundled undici on the first touch of `Request`, `Response` or `Headers` (25 ms and
 * more) and a large body costs a copy through each; an in-process emulator answers without any
 * of them. A Request (openapi-fetch, middleware, `client.fetch`) still goes to the fetch itself.
 */
export const PLAIN_FETCH = Symbol.for("@imgctl/client.plain-fetch");

/** The plain form of a fetch (see {@link PLAIN_FETCH}); header names in lower case both ways. */
export type PlainFetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string | undefined; signal: AbortSignal },
) => Promise<{ status: number; headers: Record<string, string>; text: string }>;

/**
 * The answers that came after a retry: an earlier attempt of the same call may have been processed
 * with its answer lost, so a 404 or 409 here can be the echo of the caller's own success.
 */
export const retried = new WeakSet<Response>();

// setTimeout fires at once for delays above 2^31-1 ms; treat those (and Infinity) as "no timeout".
const MAX_TIMER = 2_147_483_647;

/**
 * The client's transport: auth, timeout, retries and logging around the fetch. Each attempt sends
 * a fresh clone of a request with a body (a body can be read once); a body-less request is
 * immutable and is handed over as is. An attempt ends when the whole body has arrived, so the
 * timeout bounds the answer, not just its headers, and a stalled body is a timeout retried like
 * any other. 4xx/5xx resolve as responses (after the retries), so this is a plain fetch that
 * openapi-fetch, or a middleware, can use.
 */
export function createSend(
  /** A custom fetch (takes a Request only), or undefined for the platform's (takes `init` too). */
  custom: ((request: Request) => Promise<Response>) | undefined,
  /** The full `Authorization` value, for requests that come without one; lives only in this closure. */
  authorization: string | undefined,
  /** The client's defaults (ms, count). */
  limits: { timeout: number; maxRetries: number },
  logger?: Logger,
  backoff: Backoff = DEFAULT_BACKOFF,
): Send {
  // The platform fetch takes `(input, init)` and builds its Request from them; its abort signal
  // also ends a body that is still arriving. A custom fetch takes a Request only, and its answer,
  // body included, is raced against the signal in case it ignores it (in-process handlers).
  // `fetch` is looked up per call, so a fetch patched in later is used.
  const plain = (custom as { [PLAIN_FETCH]?: PlainFetch } | undefined)?.[PLAIN_FETCH];
  const plainTransport: Transport | undefined =
    plain && ((input, init) => sendPlain(plain, input as string, init) as never);
  const transport: Transport = custom
    ? (input, init, read) =>
        new Promise((resolve, reject) => {
          init.signal!.addEventListener("abort", reject);
          custom(new Request(input, init)).then(read).then(resolve, reject);
        })
    : (input, init, read) => fetch(input, init).then(read);
  return (async (request: Request | Draft, options?: SendOptions): Promise<Response | Answer> => {
    const timeout = options?.timeout ?? limits.timeout;
    const maxRetries = options?.maxRetries ?? limits.maxRetries;
    const { method, url } = request;
    const user = request.signal ?? undefined;
    const draft = isDraft(request);
    // Drafts and openapi-fetch requests carry the header already (client base headers); others get it here.
    const addAuth = !draft && authorization !== undefined && !request.headers.has("authorization");
    for (let retry = 0; ; retry++) {
      // The caller's own abort is final: never retried, rethrown as given, nothing sent after it.
      if (user?.aborted) throw user.reason;
      // The headers of this attempt, when they differ from the request's. A retry says so, like
      // X-Stainless-Retry-Count, to the server and its logs.
      let headers: Headers | Record<string, string> | undefined;
      if (draft) headers = retry ? { ...request.headers, "x-retry-count": "" + retry } : request.headers;
      else if (addAuth || retry) {
        headers = new Headers(request.headers);
        if (addAuth) headers.set("authorization", authorization);
        if (retry) headers.set("x-retry-count", "" + retry);
      }
      let started = 0;
      if (logger) {
        const url = redactUrl(request.url);
        logger.debug(`→ ${method} ${url}`, { method, url, headers: redactHeaders(headers ?? request.headers), retry });
        started = performance.now();
      }
      let response: Response | undefined;
      let body: string | ArrayBuffer | undefined;
      let failure: ConnectionError | undefined;
      try {
        // A body can be read once: each attempt of a Request with one sends a fresh clone.
        const input = draft ? url : request.body ? request.clone() : request;
        const init: RequestInit = draft ? { method, headers, body: request.body } : headers ? { headers } : {};
        [response, body] = await attempt(
          (draft && plainTransport) || transport,
          input,
          init,
          timeout,
          user,
          request,
          (draft ? readText : readBytes) as Read<string | ArrayBuffer>,
        );
      } catch (error) {
        if (user?.aborted) throw user.reason;
        failure = toConnectionError(error, request);
      }
      if (logger && response) {
        const ms = Math.round((performance.now() - started) * 10) / 10;
        logger.debug(`← ${response.status} ${method} ${redactUrl(url)} (${ms} ms)`, {
          status: response.status,
          requestId: response.headers.get("x-request-id") ?? undefined,
          durationMs: ms,
        });
      }
      if (
        retry >= maxRetries ||
        !(response ? shouldRetryResponse(response, method) : shouldRetryFailure(failure!, method))
      ) {
        if (!response) throw failure;
        const answer = draft ? response : buffered(response, body as ArrayBuffer);
        if (retry) retried.add(answer);
        return draft ? { response, text: body as string } : answer;
      }
      const delay = Math.round(retryDelay(response?.headers, retry, backoff));
      logger?.warn(
        `Retrying ${method} ${redactUrl(url)} in ${delay} ms (retry ${retry + 1} of ${maxRetries}): ${
          response ? "status " + response.status : failure!.message
        }`,
        { retry: retry + 1, maxRetries, delayMs: delay, status: response?.status, code: failure?.code },
      );
      await sleep(delay, user);
    }
  }) as Send;
}

/** A Draft is an object literal; telling it from a Request this way leaves the `Request` global alone. */
function isDraft(request: Request | Draft): request is Draft {
  return Object.getPrototypeOf(request) === Object.prototype;
}

type Read<B> = (response: Response) => Promise<[Response, B]>;
type Transport = <B>(input: Request | string, init: RequestInit, read: Read<B>) => Promise<[Response, B]>;

const readText: Read<string> = async (response) => [response, await response.text()];
const readBytes: Read<ArrayBuffer> = async (response) => [response, await response.arrayBuffer()];

// Statuses whose Response may not have a body (the constructor throws on one).
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/**
 * One attempt through a plain fetch. A 2xx answer becomes the little of a Response that a Draft's
 * caller reads (status, ok, headers.get); any other becomes a real Response (its body already
 * read), so that an ApiError's `headers` and the retry logic see what they always see. Raced
 * against the signal, like a custom fetch, in case the handler ignores it.
 */
function sendPlain(plain: PlainFetch, url: string, init: RequestInit): Promise<[Response, string]> {
  const signal = init.signal!;
  return new Promise((resolve, reject) => {
    signal.addEventListener("abort", reject);
    plain(url, {
      method: init.method!,
      headers: init.headers as Record<string, string>,
      body: init.body as string | undefined,
      signal,
    }).then(
      ({ status, headers, text }) =>
        resolve([
          status >= 200 && status < 300 ? okAnswer(status, headers) : new Response(null, { status, headers }),
          text,
        ]),
      reject,
    );
  });
}

function okAnswer(status: number, headers: Record<string, string>): Response {
  const get = (name: string) => headers[name.toLowerCase()] ?? null;
  return {
    status,
    ok: true,
    statusText: "",
    url: "",
    headers: { get, has: (name: string) => get(name) !== null },
  } as unknown as Response;
}

/** A Response with the body already read, for callers that take a Response (openapi-fetch, `client.fetch`). */
function buffered(response: Response, body: ArrayBuffer): Response {
  const { status, statusText, headers, url } = response;
  const copy = new Response(NULL_BODY.has(status) ? null : body, { status, statusText, headers });
  if (url) Object.defineProperty(copy, "url", { value: url });
  return copy;
}

/**
 * One attempt, aborted after `ms` (until the last byte of the body) or when the caller's signal
 * aborts. Rejects with `TimeoutError`, the caller's abort reason, or what the transport threw.
 */
async function attempt<B>(
  transport: Transport,
  input: Request | string,
  init: RequestInit,
  ms: number,
  user: AbortSignal | undefined,
  request: { method: string; url: string },
  read: Read<B>,
): Promise<[Response, B]> {
  const controller = new AbortController();
  const signal = (init.signal = controller.signal);
  const onAbort = () => controller.abort(user!.reason);
  // Aborted without the caller's signal: that was the timer.
  const timer = ms < MAX_TIMER ? setTimeout(() => controller.abort(), ms) : undefined;
  user?.addEventListener("abort", onAbort);
  try {
    return await transport(input, init, read);
  } catch (error) {
    throw signal.aborted
      ? user?.aborted
        ? user.reason
        : new TimeoutError(hideUserinfo(`Request timed out after ${ms} ms: ${request.method} ${request.url}`))
      : error;
  } finally {
    clearTimeout(timer);
    user?.removeEventListener("abort", onAbort);
  }
}
