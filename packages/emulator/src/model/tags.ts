// Tag writes in the 2026-08 generation. The validators check each key and value (1–255
// characters, key without whitespace or `=`, value without tabs, line breaks or edge spaces);
// what a pattern cannot say is checked here: NUL and unpaired surrogates, which SQLite's JSON
// functions would store differently from what was sent. Read-only tags are the seed's read-only
// metadata items: the same rows, the same rule (changing or deleting one is a 403 that changes nothing).
import { FieldErrors, forbidden } from "../http/errors.js";
import type { MetadataEntry } from "../store/rows.js";

const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSTORABLE_MESSAGE = "must not contain NUL or unpaired surrogate characters";

/** The characters of a tag write's keys and values (null values of a merge patch have none). */
export function checkTagCharacters(map: Readonly<Record<string, string | null>>, prefix = ""): void {
  const invalid = new FieldErrors();
  for (const [key, value] of Object.entries(map)) {
    const field = `${prefix}${key.length > 64 ? `${key.slice(0, 64)}…` : key}`;
    if (UNSTORABLE.test(key)) invalid.add(field, `key ${UNSTORABLE_MESSAGE}`);
    if (value !== null && UNSTORABLE.test(value)) invalid.add(field, `value ${UNSTORABLE_MESSAGE}`);
  }
  if (invalid.size > 0) throw invalid.toError();
}

const byKey = (a: MetadataEntry, b: MetadataEntry) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The user tags after a `tags` merge patch (RFC 7386 on a flat map): a string sets a tag, `null`
 * deletes it, unlisted tags stay; a `null` patch deletes every user tag. Read-only tags stay as
 * they are; a patch that would change or delete one is refused whole (403). Repeating a read-only
 * tag with its current value changes nothing and is accepted, as the seed's metadata writes do.
 */
export function applyTagsPatch(
  items: readonly MetadataEntry[],
  patch: Readonly<Record<string, string | null>> | null,
): MetadataEntry[] {
  if (patch === null) return items.filter((item) => item.read_only);
  const current = new Map(items.map((item) => [item.key, item]));
  for (const [key, value] of Object.entries(patch)) {
    const item = current.get(key);
    if (item?.read_only && item.value !== value) throw forbidden(`Tag '${key}' is read-only`);
  }
  for (const [key, value] of Object.entries(patch)) {
    if (current.get(key)?.read_only) continue;
    if (value === null) current.delete(key);
    else current.set(key, { key, value, read_only: false });
  }
  return [...current.values()].sort(byKey);
}
