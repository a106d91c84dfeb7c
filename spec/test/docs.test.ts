// The API reference (`pnpm run docs`) is one self-contained file per API generation: nothing loaded from
// the network, no telemetry, and Chromium with no network at all renders every operation of each.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findChromium, visitOffline } from "./lib/chromium.js";

const run = promisify(execFile);
const specDir = fileURLToPath(new URL("..", import.meta.url));

/** The `docs` script of package.json, with its output sent to `output`. */
function docsCommand(output: string): [string, string[]] {
  const script = (JSON.parse(readFileSync(join(specDir, "package.json"), "utf8")) as { scripts: { docs: string } })
    .scripts.docs;
  const [command, ...args] = script.split(/\s+/);
  expect(command).toBe("node");
  return [process.execPath, [...args, "--output", output]];
}

/** The path files a root document refers to (`$ref: ./paths/x.yaml`, or a shared `../paths/x.yaml`). */
function pathFiles(root: string): string[] {
  const text = readFileSync(join(specDir, root), "utf8");
  return [...text.matchAll(/^ {4}\$ref: *(\S+\.yaml)$/gm)].map(([, ref]) => join(specDir, dirname(root), ref!));
}

/** Each operation's summary, from the root's path files (one operation per `summary:` at method level). */
function operationSummaries(root: string): string[] {
  const summaries: string[] = [];
  let operations = 0;
  for (const file of pathFiles(root)) {
    const text = readFileSync(file, "utf8");
    operations += text.match(/^ {2}operationId:/gm)?.length ?? 0;
    for (const [, summary] of text.matchAll(/^ {2}summary: *(.+)$/gm))
      summaries.push(summary!.trim().replace(/^(["'])(.*)\1$/, "$2"));
  }
  expect(summaries).toHaveLength(operations);
  return summaries;
}

/** The tags of a root document, as Redoc's `#tag/<name>` links (one page per tag). */
function tagFragments(root: string): string[] {
  const text = readFileSync(join(specDir, root), "utf8");
  const block = /^tags:\n((?:[ -].*\n)+)/m.exec(text)?.[1] ?? "";
  return [...block.matchAll(/^ {2}- name: *(.+)$/gm)].map(([, name]) => `#tag/${name!.trim().replace(/ /g, "-")}`);
}

/** Each generation's root document and the page the docs script writes for it (beside the 2025-04 page). */
const generations = [
  { version: "2025-04", root: "openapi.yaml", page: "api-reference.html" },
  { version: "2026-08", root: "2026-08/openapi.yaml", page: "api-reference-2026-08.html" },
];

let dir: string;
const pages = new Map<string, { file: string; html: string }>();
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "imgctl-docs-"));
  const [command, args] = docsCommand(join(dir, "api-reference.html"));
  await run(command, args, { cwd: specDir, env: { ...process.env, NO_COLOR: "1" } });
  for (const { version, page } of generations) {
    const file = join(dir, page);
    pages.set(version, { file, html: readFileSync(file, "utf8") });
  }
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(generations)("the $version API reference file", ({ version }) => {
  it("references no script, style, font or image over http(s)", () => {
    const { html } = pages.get(version)!;
    const remote = /^(https?:)?\/\//i;
    const references = [
      // <script src>, <link href> (stylesheets, preloads, icons, fonts), <img src>, <source src>
      ...[...html.matchAll(/<(?:script|link|img|source|iframe)\b[^>]*?\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)].map(
        (m) => m[1]!,
      ),
      // CSS: url(...) and @import, in <style> blocks and style="" attributes (fonts come this way)
      ...[...html.matchAll(/url\(\s*["']?([^"')\s]+)/gi)].map((m) => m[1]!),
      ...[...html.matchAll(/@import\s+["']([^"']+)/gi)].map((m) => m[1]!),
    ];
    expect(references.filter((ref) => remote.test(ref))).toEqual([]);
    // Nothing from Redocly's CDN (the default build's Redoc, the attribution logo) or Google Fonts.
    expect(html).not.toMatch(/cdn\.redocly\.com\/redoc|cdn\.redoc\.ly|fonts\.googleapis\.com|fonts\.gstatic\.com/);
  });

  it("carries Redoc inline, with its telemetry off, for its own generation", () => {
    const { html } = pages.get(version)!;
    expect(html).toContain(`"x-api-generation":"${version}"`);
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
  it("shows every operation's summary of both generations, with no request to the network", async () => {
    // One browser, every tag page of both files in its own tab; each generation's summaries are looked for
    // in its own file's tabs only.
    const tabs = generations.flatMap(({ version, root }) =>
      tagFragments(root).map((fragment) => ({ version, url: pathToFileURL(pages.get(version)!.file).href + fragment })),
    );
    const summaries = new Map(generations.map(({ version, root }) => [version, operationSummaries(root)]));
    expect(new Set(tabs.map((tab) => tab.version)).size).toBe(generations.length);
    const missing = (texts: string[]) =>
      generations.flatMap(({ version }) => {
        const own = texts.filter((_, i) => tabs[i]!.version === version);
        return summaries
          .get(version)!
          .filter((s) => !own.some((text) => text.includes(s)))
          .map((s) => `${version}: ${s}`);
      });
    const visits = await visitOffline(
      chromium!,
      tabs.map((tab) => tab.url),
      (texts) => missing(texts).length === 0,
    );
    expect(missing(visits.map((v) => v.text))).toEqual([]);
    expect(visits.flatMap((v) => v.networkRequests)).toEqual([]);
  }, 20_000);
});
