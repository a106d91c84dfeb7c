// The retry decisions and delays as pure functions (the loop itself is tested against the emulator).
import { describe, expect, it } from "vitest";
import { ConnectionError, TimeoutError } from "../src/errors.js";
import { retryDelay, shouldRetryFailure, shouldRetryResponse } from "../src/fetch/retry.js";

const answer = (status: number, headers: Record<string, string> = {}) => new Response(null, { status, headers });

describe("shouldRetryResponse", () => {
  it.each([408, 409, 429, 500, 502, 503, 504])("retries %i on GET", (status) => {
    expect(shouldRetryResponse(answer(status), "GET")).toBe(true);
  });
  it.each([200, 204, 400, 401, 403, 404, 422])("does not retry %i", (status) => {
    expect(shouldRetryResponse(answer(status), "GET")).toBe(false);
  });
  it("retries a POST only on 429 (the API refuses before processing)", () => {
    expect(shouldRetryResponse(answer(429), "POST")).toBe(true);
    for (const status of [408, 409, 500, 503]) expect(shouldRetryResponse(answer(status), "POST")).toBe(false);
  });
  it("lets x-should-retry win over the status", () => {
    expect(shouldRetryResponse(answer(503, { "x-should-retry": "false" }), "GET")).toBe(false);
    expect(shouldRetryResponse(answer(400, { "x-should-retry": "true" }), "GET")).toBe(true);
    expect(shouldRetryResponse(answer(429, { "x-should-retry": "false" }), "POST")).toBe(false);
  });
});

describe("shouldRetryFailure", () => {
  const refused = new ConnectionError("refused", undefined, "ECONNREFUSED");
  const reset = new ConnectionError("reset", undefined, "UND_ERR_SOCKET");
  const timeout = new TimeoutError("timed out");
  it("retries every connection failure of an idempotent method", () => {
    for (const e of [refused, reset, timeout]) expect(shouldRetryFailure(e, "GET")).toBe(true);
    expect(shouldRetryFailure(reset, "DELETE")).toBe(true);
  });
  it("retries a POST only when the connection was refused", () => {
    expect(shouldRetryFailure(refused, "POST")).toBe(true);
    expect(shouldRetryFailure(reset, "POST")).toBe(false);
    expect(shouldRetryFailure(timeout, "POST")).toBe(false);
  });
});

describe("retryDelay", () => {
  it("backs off 0.5·2ⁿ s, capped at 8 s, with up to 25 % jitter off", () => {
    for (const [retry, base] of [
      [0, 500],
      [1, 1000],
      [2, 2000],
      [3, 4000],
      [4, 8000],
      [9, 8000],
    ] as const) {
      for (let i = 0; i < 50; i++) {
        const d = retryDelay(undefined, retry);
        expect(d).toBeGreaterThan(base * 0.75);
        expect(d).toBeLessThanOrEqual(base);
      }
    }
  });
  it("honours retry-after-ms first, then Retry-After in seconds or as an HTTP date", () => {
    expect(retryDelay(new Headers({ "retry-after-ms": "250", "retry-after": "9" }), 0)).toBe(250);
    expect(retryDelay(new Headers({ "retry-after": "2" }), 0)).toBe(2000);
    const date = new Date(Date.now() + 3_000).toUTCString();
    const d = retryDelay(new Headers({ "retry-after": date }), 0);
    expect(d).toBeGreaterThan(1_000);
    expect(d).toBeLessThanOrEqual(3_000);
  });
  it("ignores server delays outside 0..60 s and falls back to backoff", () => {
    for (const h of [[["retry-after", "61"]], [["retry-after-ms", "-5"]], [["retry-after", "soon"]]] as [
      string,
      string,
    ][][]) {
      const d = retryDelay(new Headers(h), 0);
      expect(d).toBeGreaterThan(375);
      expect(d).toBeLessThanOrEqual(500);
    }
    expect(retryDelay(new Headers({ "retry-after": "60" }), 0)).toBe(60_000);
  });
});
