// A password in the base URL never reaches the terminal: the real binary refuses such a URL as a
// usage error (exit 2) in one line, before any request, so there is nothing to retry.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sandbox } from "./helpers/run.js";
import { imgctlSync } from "./helpers/spawn.js";

const SECRET = "SECRETpw42";
const URL_WITH_PASSWORD = `http://user:${SECRET}@127.0.0.1:1/cloud`;
const SCOPE = ["--api-key", "some-key", "--project", "1", "--region", "1"];

let box: ReturnType<typeof sandbox>;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.restore());

function expectRefused(out: ReturnType<typeof imgctlSync>): void {
  expect(out.status).toBe(2);
  expect(out.stdout + out.stderr).not.toContain(SECRET);
  const lines = out.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain('api-url must not contain a user name or password (got "http://***@127.0.0.1:1/cloud")');
  // No attempt, so no retry warning and no request line either.
  expect(out.stderr).not.toMatch(/Retrying|→/);
}

describe("--api-url with a user name and password", () => {
  it("exits 2 with one line, no password and no retry, also with --debug", () => {
    expectRefused(imgctlSync(["images", "list", "--api-url", URL_WITH_PASSWORD, ...SCOPE, "--debug"], box.env));
    expectRefused(
      imgctlSync(
        [
          "images",
          "delete",
          "33333333-0000-4000-8000-0000000000ff",
          "--yes",
          "--wait",
          "--api-url",
          URL_WITH_PASSWORD,
          ...SCOPE,
        ],
        box.env,
      ),
    );
  });

  it("the same from GCORE_BASE_URL, and `config set api-url` refuses to store it", () => {
    expectRefused(imgctlSync(["images", "list", ...SCOPE], { ...box.env, GCORE_BASE_URL: URL_WITH_PASSWORD }));
    const set = imgctlSync(["config", "set", "api-url", URL_WITH_PASSWORD, "--profile", "prod"], box.env);
    expect(set.status).toBe(2);
    expect(set.stdout + set.stderr).not.toContain(SECRET);
  });

  it("--json: the error object carries no password either", () => {
    const out = imgctlSync(["images", "list", "--api-url", URL_WITH_PASSWORD, ...SCOPE, "--json"], box.env);
    expect(out.status).toBe(2);
    expect(out.stdout + out.stderr).not.toContain(SECRET);
    expect(JSON.parse(out.stdout)).toMatchObject({ error: { exitCode: 2 } });
  });

  it("a URL that is not http(s) is quoted back without its password", () => {
    const out = imgctlSync(
      ["images", "list", "--api-url", `ftp://user:${SECRET}@127.0.0.1:1/cloud`, ...SCOPE],
      box.env,
    );
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('api-url must be an http(s) URL, got "ftp://***@127.0.0.1:1/cloud"');
    expect(out.stdout + out.stderr).not.toContain(SECRET);
  });
});
