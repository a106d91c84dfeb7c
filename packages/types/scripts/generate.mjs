#!/usr/bin/env node
// Generates src/generated/ from spec/, one file per artifact and API generation: the bundled document
// (openapi.json), the types (schema.ts, openapi-typescript) and the operation list with its OperationId
// type (operations.ts). The seed generation (2025-04, spec/openapi.yaml) writes to src/generated/ itself,
// where it always lived; every later generation to src/generated/<version>/ from spec/<version>/openapi.yaml.
// Everything else reads these: the `./spec` entries and the emulator's validator generator read
// openapi.json, the emulator's router imports operations.ts.
// With --check, writes nothing and exits 1 when a committed file differs from what
// the spec produces (the drift check). --spec-dir/--out-dir let tests point it elsewhere.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    "spec-dir": { type: "string", default: resolve(here, "../../../spec") },
    "out-dir": { type: "string", default: resolve(here, "../src/generated") },
  },
});

/** The API generations: where each one's root document is (under spec/) and its files go (under out-dir). */
const GENERATIONS = [
  { version: "2025-04", root: "openapi.yaml", dir: "." },
  { version: "2026-08", root: "2026-08/openapi.yaml", dir: "2026-08" },
];

const BANNER =
  "// This file was generated from spec/ by packages/types/scripts/generate.mjs. Do not edit it; run `pnpm generate`.\n";

function bundleSpec(specDir, root) {
  const tmp = mkdtempSync(join(tmpdir(), "imgctl-bundle-"));
  const out = join(tmp, "openapi.json");
  try {
    const redocly = join(here, "../node_modules/.bin/redocly");
    execFileSync(
      redocly,
      ["bundle", join(specDir, root), "--config", join(specDir, "redocly.yaml"), "--ext", "json", "-o", out],
      {
        stdio: ["ignore", "ignore", "pipe"],
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      },
    );
    return JSON.parse(readFileSync(out, "utf8"));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function successStatus(operation) {
  return Number(Object.keys(operation.responses).find((s) => /^2\d\d$/.test(s)));
}

function operationList(document) {
  const methods = ["get", "put", "post", "delete", "patch"];
  const list = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of methods) {
      const op = item[method];
      if (!op) continue;
      list.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        tag: op.tags[0],
        summary: op.summary,
        successStatus: successStatus(op),
        deprecated: op.deprecated === true,
        requestBody: op.requestBody !== undefined,
      });
    }
  }
  return list.sort((a, b) => a.operationId.localeCompare(b.operationId));
}

async function render(document, version, dir) {
  // A document names its generation, so that a wrong root (or a copied one not updated) is caught here.
  if (document["x-api-generation"] !== version) {
    throw new Error(
      `${dir}: x-api-generation is ${JSON.stringify(document["x-api-generation"])}, expected "${version}"`,
    );
  }
  const documentType = dir === "." ? "../document-type.js" : "../../document-type.js";
  const ast = await openapiTS(document, { alphabetize: false, exportType: false, defaultNonNullable: false });
  const ops = operationList(document);
  return {
    // Plain JSON, so tools that run before anything is built (the emulator's validator generator) read it too.
    "openapi.json": JSON.stringify(document, null, 2) + "\n",
    "schema.ts": BANNER + "/* eslint-disable */\n" + astToString(ast),
    "operations.ts":
      BANNER +
      `import type { OperationInfo } from "${documentType}";\n\n` +
      "/** Every operation of the spec: id, HTTP method, path (relative to the server URL), tag and success status. */\n" +
      "export const specOperations = " +
      JSON.stringify(ops, null, 2) +
      " as const satisfies readonly OperationInfo[];\n\n" +
      'export type OperationId = (typeof specOperations)[number]["operationId"];\n',
  };
}

const stale = [];
for (const { version, root, dir } of GENERATIONS) {
  const outDir = join(args["out-dir"], dir);
  const files = await render(bundleSpec(args["spec-dir"], root), version, dir);
  for (const [name, content] of Object.entries(files)) {
    const target = join(outDir, name);
    const current = existsSync(target) ? readFileSync(target, "utf8") : null;
    if (current === content) continue;
    if (args.check) stale.push(target);
    else {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(target, content);
      console.log(`wrote ${target}`);
    }
  }
}
if (stale.length > 0) {
  console.error(`Generated files are stale; run \`pnpm generate\` and commit the result:\n  ${stale.join("\n  ")}`);
  process.exit(1);
}
if (args.check) console.log("generated files are up to date");
