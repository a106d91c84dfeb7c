// The API reference (`pnpm run docs`) is one self-contained file: nothing loaded from the network,
// no telemetry, and Chromium with no network at all renders every operation.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findChromium, visitOffline } from "./lib/chromium.js";

const run = promisify(execFile);
const specDir = fileURLToPath(new URL("..", import.meta.url));

/** The `docs` script of package.json, with its output sent to `output`. */
function docsCommand(output: string): [string, string[]] {
  const script = (JSON.parse(readFileSync(join(specDir, "package.json"), "utf8")) as { scripts: { docs: string } }).scripts.docs;
  const [command, ...args] = script.split(/\s+/);
  expect(command).toBe("node");
  return [process.execPath, [...args, "--output", output]];
}

/** Each operation's summary, from the path files (one operation per `summary:` at method level). */
function operationSummaries(): string[] {
  const summaries: string[] = [];
  let operations = 0;
  for (const file of readdirSync(join(specDir, "paths"))) {
    const text = readFileSync(join(specDir, "paths", file), "utf8");
    operations += text.match(/^ {2}operationId:/gm)?.length ?? 0;
    for (const [, summary] of text.matchAll(/^ {2}summary: *(.+)$/gm)) summaries.push(summary!.trim().replace(/^(["'])(.*)\1$/, "$2"));
  }
  expect(summaries).toHaveLength(operations);
  return summaries;
}

/** The tags of openapi.yaml, as Redoc's `#tag/<name>` links (one page per tag). */
function tagFragments(): string[] {
  const root = readFileSync(join(specDir, "openapi.yaml"), "utf8");
  const block = /^tags:\n((?:[ -].*\n)+)/m.exec(root)?.[1] ?? "";
  return [...block.matchAll(/^ {2}- name: *(.+)$/gm)].map(([, name]) => `#tag/${name!.trim().replace(/ /g, "-")}`);
}

let dir: string;
let file: string;
let html: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "imgctl-docs-"));
  file = join(dir, "api-reference.html");
  const [command, args] = docsCommand(file);
  await run(command, args, { cwd: specDir, env: { ...process.env, NO_COLOR: "1" } });
  html = readFileSync(file, "utf8");
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the API reference file", () => {
  it("references no script, style, font or image over http(s)", () => {
    const remote = /^(https?:)?\/\//i;
    const references = [
      // <script src>, <link href> (stylesheets, preloads, icons, fonts), <img src>, <source src>
      ...[...html.matchAll(/<(?:script|link|img|source|iframe)\b[^>]*?\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]!),
      // CSS: url(...) and @import, in <style> blocks and style="" attributes (fonts come this way)
      ...[...html.matchAll(/url\(\s*["']?([^"')\s]+)/gi)].map((m) => m[1]!),
      ...[...html.matchAll(/@import\s+["']([^"']+)/gi)].map((m) => m[1]!),
    ];
    expect(references.filter((ref) => remote.test(ref))).toEqual([]);
    // Nothing from Redocly's CDN (the default build's Redoc, the attribution logo) or Google Fonts.
    expect(html).not.toMatch(/cdn\.redocly\.com\/redoc|cdn\.redoc\.ly|fonts\.googleapis\.com|fonts\.gstatic\.com/);
  });

  it("carries Redoc inline, with its telemetry off", () => {
    expect(html).toMatch(/<script type="module">/);
    expect(html).toContain('"disableTelemetry":true');
  });
});

const chromium = findChromium();
const ci = process.env.CI === "true";
if (!chromium) {
  const message = "Chromium not found (/usr/bin/chromium or CHROMIUM_PATH): apt-get install -y chromium";
  if (ci) it("renders offline in Chromium (required in CI)", () => expect.fail(message));
  else console.warn(`spec: skipping the offline render test. ${message}`);
}

describe.runIf(chromium)("offline rendering in Chromium", () => {
  it("shows every operation's summary, with no request to the network", async () => {
    const summaries = operationSummaries();
    const urls = tagFragments().map((fragment) => pathToFileURL(file).href + fragment);
    expect(urls.length).toBeGreaterThan(1);
    const found = (texts: string[]) => summaries.filter((s) => texts.some((text) => text.includes(s)));
    const visits = await visitOffline(chromium!, urls, (texts) => found(texts).length === summaries.length);
    expect(summaries.filter((s) => !found(visits.map((v) => v.text)).includes(s))).toEqual([]);
    expect(visits.flatMap((v) => v.networkRequests)).toEqual([]);
  }, 20_000);
});
