// The three commonest ways of pointing imgctl at the wrong place each get a hint on the error line
// (and as `hint` in the --json error): nothing listening, a base URL whose path is not /cloud, and
// a server that answers but is not the Images API.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demo, sandbox } from "./helpers/run.js";
import { imgctlAsync, imgctlSpawn } from "./helpers/spawn.js";

let box: ReturnType<typeof sandbox>;
let emulator: ReturnType<typeof imgctlSpawn>;
let emulatorOrigin: string;
let html: Server;
let htmlOrigin: string;
const scope = ["--api-key", demo.alphaKey, "--project", "10", "--region", "1"];

const listen = (server: Server): Promise<string> =>
  new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );

beforeAll(async () => {
  box = sandbox();
  emulator = imgctlSpawn(["emulator", "start", "--port", "0", "--db", ":memory:", "--json"], box.env);
  const [line] = await emulator.waitFor(/\{.*"url".*\}/);
  emulatorOrigin = new URL((JSON.parse(line) as { url: string }).url).origin;
  html = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("<html>hello</html>"));
  htmlOrigin = await listen(html);
});
afterAll(async () => {
  emulator.child.kill("SIGTERM");
  await emulator.exited;
  await new Promise((r) => html.close(r));
  box.restore();
});

describe("connection hints", () => {
  it("connection refused: which URL, from where, and is the emulator running", async () => {
    const closed = createServer();
    const origin = await listen(closed);
    await new Promise((r) => closed.close(r));
    const port = new URL(origin).port;
    const out = await imgctlAsync(["images", "list", "--api-url", `${origin}/cloud`, ...scope], box.env);
    expect(out.status).toBe(3);
    expect(out.stderr).toMatch(
      new RegExp(
        `ECONNREFUSED .*; nothing is listening at 127\\.0\\.0\\.1:${port} \\(base URL http://127\\.0\\.0\\.1:${port}/cloud, from --api-url\\)\\. Is the emulator running \\(imgctl emulator start\\)\\? Check the URL with: imgctl config get\\n$`,
      ),
    );
    const json = await imgctlAsync(["images", "list", ...scope, "--json"], { ...box.env, GCORE_BASE_URL: origin });
    expect(JSON.parse(json.stdout).error.hint).toBe(
      `nothing is listening at 127.0.0.1:${port} (base URL ${origin}, from GCORE_BASE_URL). Is the emulator running (imgctl emulator start)? Check the URL with: imgctl config get`,
    );
  });

  it.each([
    ["/cloud twice", "/cloud/cloud", "has /cloud more than once"],
    ["no /cloud", "/api", "has no /cloud"],
  ])("a base URL with %s", async (_name, path, what) => {
    const out = await imgctlAsync(["images", "list", "--api-url", `${emulatorOrigin}${path}`, ...scope], box.env);
    expect(out.status).toBe(3);
    expect(out.stderr).toContain(
      `; the base URL ${emulatorOrigin}${path} (from --api-url) ${what}; the API root is the server's /cloud, e.g. https://api.gcore.com/cloud\n`,
    );
  });

  it("the right URL gets no hint; an origin alone gets /cloud", async () => {
    const out = await imgctlAsync(["images", "get", demo.missingImage, "--api-url", emulatorOrigin, ...scope], box.env);
    expect(out.status).toBe(3);
    expect(out.stderr).toMatch(/^Error: 404 NotFoundError: Image .* not found \(request id [0-9a-f]+\)\n$/);
  });

  it("a server that is not the Images API", async () => {
    const out = await imgctlAsync(["images", "list", "--api-url", `${htmlOrigin}/cloud`, ...scope], box.env);
    expect(out.status).toBe(3);
    expect(out.stderr).toContain(
      `; the server at ${new URL(htmlOrigin).host} (base URL ${htmlOrigin}/cloud, from --api-url) answered, but not as the Images API does (no API JSON); is it the right URL?\n`,
    );
  });
});
