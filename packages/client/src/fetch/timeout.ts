import { TimeoutError } from "../errors.js";

// setTimeout fires at once for delays above 2^31-1 ms; treat those (and Infinity) as "no timeout".
const MAX_TIMER = 2_147_483_647;

/**
 * One attempt: a fresh copy of `source` carrying a signal that fires on the caller's abort or
 * after `timeoutMs`, passed to `fetchFn`. The timer covers the wait for the response headers.
 * Rejects with `TimeoutError`, with the caller's abort reason, or with what `fetchFn` threw.
 *
 * The answer is raced against the signal because a custom `fetch` (an in-process handler) may
 * ignore `request.signal`; undici's fetch honours it and also closes the socket.
 */
export function fetchWithTimeout(
  fetchFn: (request: Request) => Promise<Response>,
  source: Request,
  timeoutMs: number,
  prepare: (attempt: Request) => void,
): Promise<Response> {
  const userSignal = source.signal;
  if (userSignal.aborted) return Promise.reject(userSignal.reason);
  const controller = new AbortController();
  let timedOut = false;
  const timer =
    timeoutMs < MAX_TIMER
      ? setTimeout(() => {
          timedOut = true;
          controller.abort(new TimeoutError(`Request timed out after ${timeoutMs} ms: ${source.method} ${source.url}`));
        }, timeoutMs)
      : undefined;
  const onUserAbort = () => controller.abort(userSignal.reason);
  userSignal.addEventListener("abort", onUserAbort, { once: true });

  return new Promise<Response>((resolve, reject) => {
    const fail = (error: unknown) => {
      if (controller.signal.aborted) reject(timedOut ? controller.signal.reason : userSignal.reason);
      else reject(error);
    };
    controller.signal.addEventListener("abort", () => fail(undefined), { once: true });
    // A body can be read once: clone it for every attempt; a body-less request is copied as is.
    const attempt = new Request(source.body ? source.clone() : source, { signal: controller.signal });
    prepare(attempt);
    fetchFn(attempt).then(resolve, fail);
  }).finally(() => {
    clearTimeout(timer);
    userSignal.removeEventListener("abort", onUserAbort);
  });
}
