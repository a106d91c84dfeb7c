// Builds the API reference as self-contained HTML files, one per API generation:
//   node scripts/build-docs.mjs [--output FILE]
// dist/api-reference.html is the 2025-04 generation (spec/openapi.yaml), dist/api-reference-2026-08.html the
// 2026-08 one (spec/2026-08/openapi.yaml); with --output FILE, the 2025-04 page is FILE and each later
// generation's is written beside it, its version added to the name (FILE-2026-08.html).
// Redoc is inlined (--inlineBundle) instead of loaded from Redocly's CDN, the page's telemetry is
// off (--openapi.disableTelemetry; the CLI's own is off in redocly.yaml), and the one asset the
// inlined Redoc still fetches from the CDN, the "API docs by Redocly" logo, is replaced by a local
// image. The build fails if Redoc or its images would still come from the CDN, so an upgrade that
// adds such an asset is caught here.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const specDir = fileURLToPath(new URL("..", import.meta.url));
const at = process.argv.indexOf("--output");
const output = resolve(at > 0 ? process.argv[at + 1] : join(specDir, "dist", "api-reference.html"));

/** Each generation's root document and page. */
const pages = [
  { root: "openapi.yaml", output },
  { root: "2026-08/openapi.yaml", output: output.replace(/(\.html?)?$/, (ext) => `-2026-08${ext || ".html"}`) },
];

// The attribution logo, as text in an SVG data URI (no backtick, no "${": it sits in a JS template literal).
const logo = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="16"><text x="0" y="12" font-family="sans-serif" font-size="12" fill="#6b6b6b">Redocly</text></svg>',
)}`;
// Redoc itself and its images. (The bundle also names Redocly's icon CDN, for icon sets that this
// spec does not use; the render test checks that the page requests nothing from the network.)
const CDN = /https:\/\/(?:cdn\.redoc\.ly|cdn\.redocly\.com\/redoc)\/[^`"'\s)]*/g;
/** Builds one page with Redoc inlined, then swaps the CDN logo for the local one and checks nothing else is left. */
function buildPage(root, output) {
  mkdirSync(dirname(output), { recursive: true });
  execFileSync(
    join(specDir, "node_modules", ".bin", "redocly"),
    [
      "build-docs",
      root,
      "--config",
      "redocly.yaml",
      "--inlineBundle",
      "--openapi.disableTelemetry",
      "--output",
      output,
    ],
    { cwd: specDir, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, REDOCLY_TELEMETRY: "off" } },
  );
  const html = readFileSync(output, "utf8").replace(/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g, logo);
  const left = html.match(CDN);
  if (left) {
    console.error(`build-docs: ${output} still loads from Redocly's CDN: ${[...new Set(left)].join(", ")}`);
    process.exit(1);
  }
  writeFileSync(output, html);
  console.log(`build-docs: ${output} (${Math.round(html.length / 1024)} KiB, self-contained)`);
}

for (const page of pages) buildPage(page.root, page.output);
