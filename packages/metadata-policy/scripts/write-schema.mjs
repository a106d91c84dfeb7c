// The shipped JSON Schema, from its single source (src/engine/schema.ts), read from the TypeScript source itself so
// the check needs no build: the root `pnpm check` runs before any build could rewrite a stale copy.
//   node scripts/write-schema.mjs                 writes schema/metadata-policy.schema.json
//   node scripts/write-schema.mjs --check [FILE]  exits 1 when FILE (default: the shipped schema) is stale
// src/engine/schema.ts has no imports, which is what lets it be evaluated alone here.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const source = readFileSync(new URL("../src/engine/schema.ts", import.meta.url), "utf8");
const { outputText } = ts.transpileModule(source, {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
});
const { policySchema } = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString("base64")}`);
const expected = JSON.stringify(policySchema, null, 2) + "\n";

const shipped = new URL("../schema/metadata-policy.schema.json", import.meta.url);
const args = process.argv.slice(2);
if (args[0] === "--check") {
  const file = args[1] ?? fileURLToPath(shipped);
  let actual = "";
  try {
    actual = readFileSync(file, "utf8");
  } catch {
    // missing: stale
  }
  if (actual !== expected) {
    process.stderr.write(
      `stale policy JSON Schema:\n  ${file}\nrun \`pnpm --filter @imgctl/metadata-policy build\` and commit it\n`,
    );
    process.exit(1);
  }
  process.stdout.write("policy JSON Schema up to date\n");
} else {
  mkdirSync(new URL("../schema/", import.meta.url), { recursive: true });
  writeFileSync(shipped, expected);
}
