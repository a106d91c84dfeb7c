// Metadata rules: keys ≤ 255 bytes, values ≤ 1024 bytes (UTF-8); neither may contain NUL or an
// unpaired surrogate; read-only items cannot be changed or deleted (403) and survive a replace. A
// body that repeats a read-only item with its current value changes nothing and is accepted.
import { FieldErrors, forbidden } from "../http/errors.js";
import type { MetadataEntry } from "../store/rows.js";

const MAX_KEY_BYTES = 255;
const MAX_VALUE_BYTES = 1024;

/**
 * NUL, or half of a UTF-16 surrogate pair without the other half. Neither survives storage as
 * text: SQLite's JSON functions cut a string at NUL and turn a lone surrogate into three U+FFFD,
 * so an image's `metadata` would disagree with its `metadata_detailed`. Rejected with a 400
 * rather than stored differently from what was sent.
 */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSTORABLE_MESSAGE = "must not contain NUL or unpaired surrogate characters";

/** Sizes and characters of the items of a metadata write (a map of key → value). */
export function checkMetadata(map: Record<string, string>, prefix = ""): void {
  const invalid = new FieldErrors();
  for (const [key, value] of Object.entries(map)) {
    const field = `${prefix}${key.length > 64 ? `${key.slice(0, 64)}…` : key}`;
    if (Buffer.byteLength(key, "utf8") > MAX_KEY_BYTES) invalid.add(field, `key is longer than ${MAX_KEY_BYTES} bytes`);
    if (key.length === 0) invalid.add(field, "key must not be empty");
    if (UNSTORABLE.test(key)) invalid.add(field, `key ${UNSTORABLE_MESSAGE}`);
    if (Buffer.byteLength(value, "utf8") > MAX_VALUE_BYTES)
      invalid.add(field, `value is longer than ${MAX_VALUE_BYTES} bytes`);
    if (UNSTORABLE.test(value)) invalid.add(field, `value ${UNSTORABLE_MESSAGE}`);
  }
  if (invalid.size > 0) throw invalid.toError();
}

function assertWritable(current: Map<string, MetadataEntry>, key: string, value: string): void {
  const item = current.get(key);
  if (item?.read_only && item.value !== value) throw forbidden(`Metadata item '${key}' is read-only`);
}

const byKey = (a: MetadataEntry, b: MetadataEntry) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function mergeMetadata(items: MetadataEntry[], updates: Record<string, string>): MetadataEntry[] {
  const current = new Map(items.map((i) => [i.key, i]));
  for (const [key, value] of Object.entries(updates)) assertWritable(current, key, value);
  for (const [key, value] of Object.entries(updates)) {
    if (!current.get(key)?.read_only) current.set(key, { key, value, read_only: false });
  }
  return [...current.values()].sort(byKey);
}

export function replaceMetadata(items: MetadataEntry[], body: Record<string, string>): MetadataEntry[] {
  const current = new Map(items.map((i) => [i.key, i]));
  for (const [key, value] of Object.entries(body)) assertWritable(current, key, value);
  const next = new Map<string, MetadataEntry>();
  for (const item of items) if (item.read_only) next.set(item.key, item);
  for (const [key, value] of Object.entries(body)) if (!next.has(key)) next.set(key, { key, value, read_only: false });
  return [...next.values()].sort(byKey);
}
