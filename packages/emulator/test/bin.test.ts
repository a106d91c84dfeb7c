// The bin (from dist/): prints the URL and the demo keys, serves, stops on SIGTERM.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseApiVersion, parseFault, parseTasks } from "../src/bin.js";

const BIN = fileURLToPath(new URL("../bin/imgctl-emulator.js", import.meta.url));

describe("imgctl-emulator bin", () => {
  it("parses --tasks and --fault", () => {
    expect(parseTasks("delay:250")).toEqual({ mode: "delay", ms: 250 });
    expect(parseTasks("polls:3")).toEqual({ mode: "polls", polls: 3 });
    expect(() => parseTasks("later")).toThrow(/--tasks/);
    expect(parseFault("operationId=imagesList,status=429,retryAfter=1,rate=0.5,times=2,drop")).toEqual({
      operationId: "imagesList",
      status: 429,
      retryAfter: 1,
      rate: 0.5,
      times: 2,
      drop: true,
    });
    expect(parseFault("status=429,rate=0.3,seed=7")).toEqual({ status: 429, rate: 0.3, seed: 7 });
    expect(() => parseFault("colour=red")).toThrow(/unknown key/);
    expect(parseApiVersion("2026-08")).toBe("2026-08");
    expect(() => parseApiVersion("2026")).toThrow('--api-version must be 2025-04 or 2026-08 (got "2026")');
  });

  it("--api-version 2026-08 serves the 2026-08 generation over HTTP and says so in a header", async () => {
    const child = spawn(
      process.execPath,
      [BIN, "--port", "0", "--api-version", "2026-08", "--fault", "operationId=imagesListOwned,status=503"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (d) => {
        out += d;
        const m = /listening on (\S+)/.exec(out);
        if (m && out.includes("gamma")) resolve(m[1]!);
      });
      child.once("exit", (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    expect(out).toContain("API version: 2026-08");
    const headers = { authorization: "APIKey imgctl-demo$alpha" };
    const list = await fetch(`${url}/v1/images/10/1?limit=1`, { headers });
    expect(list.headers.get("x-imgctl-api-version")).toBe("2026-08");
    const body = (await list.json()) as { count: number; results: Array<Record<string, unknown>> };
    expect(body.results).toHaveLength(1);
    expect(body.count).toBeGreaterThan(1);
    expect(body.results[0]).toHaveProperty("tags_v2");
    const fault = await fetch(`${url}/v1/projectimages/10/1`, { headers });
    expect([fault.status, fault.headers.get("x-imgctl-api-version")]).toEqual([503, "2026-08"]);
    expect((await fetch(`${url}/v1/shared_images/10/1`, { headers })).status).toBe(404);
    const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exit).toBe(0);
  });

  it("serves on 127.0.0.1, prints the keys, exits 0 on SIGTERM", async () => {
    const child = spawn(process.execPath, [BIN, "--port", "0", "--fault", "operationId=imagesListOwned,status=503"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (d) => {
        out += d;
        const m = /listening on (\S+)/.exec(out);
        if (m && out.includes("gamma")) resolve(m[1]!);
      });
      child.once("exit", (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/cloud$/);
    // The SDKs' GCORE_BASE_URL is the host root: they add /cloud themselves.
    expect(out).toContain(`GCORE_BASE_URL=${url.replace(/\/cloud$/, "")} `);
    expect(out).not.toMatch(/GCORE_BASE_URL=\S+\/cloud/);
    expect(out).toContain("imgctl-demo$alpha");
    expect(out).toContain("imgctl-demo$admin");
    const headers = { authorization: "APIKey imgctl-demo$alpha" };
    expect((await fetch(`${url}/v1/images/10/1`, { headers })).status).toBe(200);
    expect((await fetch(`${url}/v1/projectimages/10/1`, { headers })).status).toBe(503);
    const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exit).toBe(0);
    // Each rule's hits, for a benchmark that must know the waits the faults imposed.
    expect(out).toContain('imgctl-emulator: fault hits: [{"fault":"operationId=imagesListOwned,status=503","hits":1}]');
  });

  it("exits 0 on SIGINT too, and 1 with a clear message when the port is taken", async () => {
    const first = spawn(process.execPath, [BIN, "--port", "0", "--quiet"], { stdio: ["ignore", "pipe", "pipe"] });
    const url = await new Promise<string>((resolve) => {
      let out = "";
      first.stdout.on("data", (d) => {
        out += d;
        const m = /listening on (\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
    });
    const port = new URL(url).port;
    const second = spawn(process.execPath, [BIN, "--port", port, "--quiet"], { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    second.stderr.on("data", (d) => (err += d));
    expect(await new Promise((resolve) => second.once("exit", resolve))).toBe(1);
    expect(err).toMatch(/EADDRINUSE/);
    const exit = new Promise<number | null>((resolve) => first.once("exit", (code) => resolve(code)));
    first.kill("SIGINT");
    expect(await exit).toBe(0);
  });
});
