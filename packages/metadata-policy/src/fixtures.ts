// Reads policy test fixtures: a directory per case with policy*.yaml|json, image.yaml|json, optional
// write.yaml|json and expected.yaml|json. A directory without expected.* is searched for cases recursively.
import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";
import type { CaseInput } from "./engine/fixture-case.js";

const pick = (dir: string, base: string) =>
  [`${base}.yaml`, `${base}.yml`, `${base}.json`].map((f) => join(dir, f)).find((f) => existsSync(f));

export function findCaseDirs(root: string): string[] {
  if (pick(root, "expected")) return [root];
  return readdirSync(root)
    .sort()
    .map((n) => join(root, n))
    .filter((p) => statSync(p).isDirectory())
    .flatMap(findCaseDirs);
}

export function readCase(dir: string, root = dir): CaseInput {
  const policies = readdirSync(dir)
    .filter((f) => /^policy.*\.(ya?ml|json)$/.test(f))
    .sort()
    .map((f) => ({ text: readFileSync(join(dir, f), "utf8"), source: join(dir, f) }));
  const load = (base: string) => {
    const f = pick(dir, base);
    return f ? parse(readFileSync(f, "utf8")) : undefined;
  };
  const image = load("image") ?? { metadata: {} };
  const write = load("write");
  return {
    name: relative(root, dir) || dir,
    policies,
    image,
    ...(write ? { write } : {}),
    expected: load("expected") ?? {},
  };
}
