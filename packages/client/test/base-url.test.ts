// A base URL with a user name or password is refused at construction with a typed error that never
// quotes the password; every message that quotes a URL hides userinfo anyway.
import { inspect } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ClientOptionsError, createImagesClient, ImagesClientError } from "../src/index.js";
import { toConnectionError } from "../src/fetch/retry.js";
import { hideUserinfo, redactUrl } from "../src/log/redact.js";
import { memoryLogger } from "./helpers.js";

const SECRET = "S3cr3tPa55";

afterEach(() => {
  vi.unstubAllEnvs();
});

function constructionError(build: () => unknown): ClientOptionsError {
  try {
    build();
  } catch (error) {
    return error as ClientOptionsError;
  }
  throw new Error("the client was built");
}

function expectNoSecret(error: Error) {
  expect(`${error.message}\n${error.stack}\n${inspect(error, { depth: 5, showHidden: true })}`).not.toContain(SECRET);
}

describe("credentials in the base URL", () => {
  it.each([
    `http://user:${SECRET}@127.0.0.1:1/cloud`,
    `https://${SECRET}@api.example/cloud`,
    `https://user:${SECRET}@api.example`, // an origin alone, which would get /cloud
    `http:user:${SECRET}@api.example/cloud`, // no slashes: URL parsers still read userinfo
    `https://a@b:${SECRET}@api.example/cloud`, // the last @ ends the userinfo
  ])("%s fails at construction with ClientOptionsError, the password hidden", (baseUrl) => {
    const logger = memoryLogger();
    const error = constructionError(() => createImagesClient({ baseUrl, logger, apiKey: "k" }));
    expect(error).toBeInstanceOf(ClientOptionsError);
    expect(error).toBeInstanceOf(ImagesClientError);
    expect(error.name).toBe("ClientOptionsError");
    expect(error.message).toMatch(
      /^baseUrl must not contain a user name or password \(got "https?:\/\/\*\*\*@(api\.example|127\.0\.0\.1:1)\//,
    );
    expect(error.message).toContain("pass the API key as apiKey or GCORE_API_KEY");
    expectNoSecret(error);
    // Nothing was attempted, so nothing was retried.
    expect(logger.lines).toEqual([]);
  });

  it("from GCORE_BASE_URL: the message names the variable", () => {
    vi.stubEnv("GCORE_BASE_URL", `http://user:${SECRET}@127.0.0.1:1/cloud`);
    const error = constructionError(() => createImagesClient());
    expect(error).toBeInstanceOf(ClientOptionsError);
    expect(error.message).toBe(
      'GCORE_BASE_URL must not contain a user name or password (got "http://***@127.0.0.1:1/cloud"): pass the API key as apiKey or GCORE_API_KEY',
    );
  });

  it("a base URL that is not an http(s) URL fails at construction too, userinfo hidden", () => {
    const error = constructionError(() => createImagesClient({ baseUrl: `ftp://user:${SECRET}@host/cloud` }));
    expect(error).toBeInstanceOf(ClientOptionsError);
    expect(error.message).toBe(
      'baseUrl must be an http(s) URL such as https://api.gcore.com/cloud, got "ftp://***@host/cloud"',
    );
    const garbage = constructionError(() => createImagesClient({ baseUrl: `user:${SECRET}@not a url` }));
    expect(garbage.message).toMatch(/^baseUrl must be an http\(s\) URL/);
    expectNoSecret(garbage);
    expect(() => createImagesClient({ baseUrl: "api.gcore.com/cloud" })).toThrow(ClientOptionsError);
  });

  it("the other option checks throw ClientOptionsError as well", () => {
    expect(() => createImagesClient({ timeout: -1 })).toThrow(ClientOptionsError);
    expect(() => createImagesClient({ maxRetries: 1.5 })).toThrow(ClientOptionsError);
    vi.stubEnv("GCORE_CLOUD_PROJECT_ID", "ten");
    expect(() => createImagesClient()).toThrow(ClientOptionsError);
  });
});

describe("URLs in messages never show userinfo (defence in depth)", () => {
  it("a connection error quoting undici's refusal hides the password twice over", async () => {
    // The platform fetch's own failure for such a URL quotes the URL in full.
    const url = `http://user:${SECRET}@127.0.0.1:1/cloud/v1/images/10/1`;
    const thrown = await fetch(url).catch((e: unknown) => e);
    expect(String((thrown as Error).message)).toContain(SECRET);
    const error = toConnectionError(thrown, { method: "GET", url });
    expect(error.message).not.toContain(SECRET);
    expect(error.message).toMatch(
      /^Connection error: GET http:\/\/\*\*\*@127\.0\.0\.1:1\/cloud\/v1\/images\/10\/1 failed: /,
    );
  });

  it("hideUserinfo and redactUrl, parsable or not", () => {
    expect(hideUserinfo(`see http://u:${SECRET}@h/x and https://h/y?a=b@c`)).toBe(
      "see http://***@h/x and https://h/y?a=b@c",
    );
    expect(redactUrl(`http://u:${SECRET}@h:99999/x`)).toBe("http://***@h:99999/x"); // port out of range: does not parse
    expect(redactUrl(`http://u:${SECRET}@h/x`)).toBe("http://h/x");
  });
});
