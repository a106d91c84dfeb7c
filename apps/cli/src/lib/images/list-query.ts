// The image list's filters as each API generation spells them. `--tag key` / `--tag key=value` (and the older
// `--metadata-key` / `--metadata`) mean the same in both: 2025-04 sends metadata_k / metadata_kv, 2026-08 tag_key
// (repeated) / tag_key_value. Filters and paging only 2026-08 has are refused in 2025-04 rather than dropped: a list
// "filtered" by something the server ignores would look filtered and hold every image.
import { Errors } from "@oclif/core";
import { EXIT, parseKeyValue, toMetadataMap, type KeyValue } from "@imgctl/cli-core";
import type { ApiVersion } from "@imgctl/types";

export interface ListFlags {
  visibility?: string | undefined;
  tag?: string[] | undefined;
  "metadata-key"?: string[] | undefined;
  metadata?: KeyValue[] | undefined;
  "include-prices"?: boolean | undefined;
  owned?: boolean | undefined;
  name?: string | undefined;
  "os-distro"?: string | undefined;
  "os-version"?: string | undefined;
  architecture?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
  all?: boolean | undefined;
}

/** The flags only the 2026-08 list has, by the query parameter they become. */
const ONLY_2026_08 = {
  name: "name",
  "os-distro": "os_distro",
  "os-version": "os_version",
  architecture: "architecture",
  limit: "limit",
  offset: "offset",
  all: "all",
} as const;

const usage = (message: string) => new Errors.CLIError(message, { exit: EXIT.usage });

/** The tag filters of `--tag`, `--metadata-key` and `--metadata`: keys that must be present, pairs that must match. */
function tagFilters(f: ListFlags): { keys: string[]; pairs: Record<string, string> } {
  const keys = [...(f["metadata-key"] ?? [])];
  const pairs = toMetadataMap(f.metadata);
  for (const t of f.tag ?? []) {
    if (!t.includes("=")) {
      if (!t) throw usage("--tag needs a key or key=value");
      keys.push(t);
      continue;
    }
    try {
      const [k, v] = parseKeyValue(t);
      pairs[k] = v;
    } catch (e) {
      throw usage(`--tag: ${(e as Error).message}`);
    }
  }
  return { keys, pairs };
}

/** Just the tag filters, in the generation's parameter names. */
export function tagQuery(f: ListFlags, apiVersion: ApiVersion): Record<string, unknown> {
  const { keys, pairs } = tagFilters(f);
  const [k, kv] = apiVersion === "2026-08" ? ["tag_key", "tag_key_value"] : ["metadata_k", "metadata_kv"];
  return { ...(keys.length ? { [k]: keys } : {}), ...(Object.keys(pairs).length ? { [kv]: pairs } : {}) };
}

/** The list query for the generation; a usage error for a flag the generation (or `--owned`) cannot honour. */
export function listQuery(f: ListFlags, apiVersion: ApiVersion): Record<string, unknown> {
  const given = (Object.keys(ONLY_2026_08) as Array<keyof typeof ONLY_2026_08>).filter(
    (k) => f[k] !== undefined && f[k] !== false,
  );
  if (apiVersion === "2025-04" && given.length)
    throw usage(`--${given[0]} exists in API 2026-08 only; this profile speaks 2025-04 (pass --api-version 2026-08)`);
  const { keys, pairs } = tagFilters(f);
  const hasPairs = Object.keys(pairs).length > 0;
  if (apiVersion === "2026-08" && f.owned) {
    // 2026-08's /projectimages takes only include_prices: a filter there would be silently ignored.
    const filter = [
      f.visibility && "--visibility",
      (keys.length || hasPairs) && "--tag",
      ...given.map((g) => `--${g}`),
    ].find(Boolean);
    if (filter)
      throw usage(`${filter} does not apply to --owned in API 2026-08 (its project images list takes no filters)`);
  }
  const query: Record<string, unknown> = {};
  if (f.visibility) query.visibility = f.visibility;
  if (f["include-prices"]) query.include_prices = true;
  if (apiVersion === "2025-04") {
    if (keys.length) query.metadata_k = keys;
    if (hasPairs) query.metadata_kv = pairs;
    return query;
  }
  if (keys.length) query.tag_key = keys;
  if (hasPairs) query.tag_key_value = pairs;
  for (const [flag, param] of Object.entries(ONLY_2026_08)) {
    const value = f[flag as keyof ListFlags];
    if (flag !== "all" && value !== undefined) query[param] = value;
  }
  return query;
}
