// A snapshot file's text → data. Snapshots are almost always `imgctl images list --json` output: JSON.parse reads
// 11 MB of it in ~0.1 s where the YAML parser (which builds a node per scalar for line positions) takes 4–5 s.
// So a file that ends in .json, or whose first non-space character is `{` or `[`, is JSON; anything else is YAML.
// A `{`/`[` file not named .json that is not valid JSON (YAML flow style: `{images: [...]}`) falls back to YAML.
import { extname } from "node:path";
import { parse } from "yaml";

/** Alias expansions allowed in a YAML snapshot: enough for hand-written anchors, far from an alias bomb. */
const SNAPSHOT_MAX_ALIASES = 100;

function looksLikeJson(file: string, text: string): boolean {
  if (extname(file).toLowerCase() === ".json") return true;
  const first = /\S/.exec(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)?.[0];
  return first === "{" || first === "[";
}

export function parseSnapshotText(file: string, text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!looksLikeJson(file, body)) return parse(body, { maxAliasCount: SNAPSHOT_MAX_ALIASES });
  try {
    return JSON.parse(body);
  } catch (e) {
    if (extname(file).toLowerCase() === ".json") throw new Error(`not valid JSON: ${(e as Error).message}`);
    return parse(body, { maxAliasCount: SNAPSHOT_MAX_ALIASES });
  }
}
