// Unicode handling, the same in every rule: NFC everywhere, case folding for key lookups, lengths in code points.
// Keys repeat heavily across a fleet, so their normal forms are cached (bounded, cleared when full).

const ASCII_RE = /^[\x00-\x7f]*$/;
// Buffer.byteLength uses V8's one-byte fast path: ~50x faster than a regex on 64 KiB values (TC-25);
// short strings are cheaper to scan in JS than to cross into C++.
const hasBuffer = typeof Buffer !== "undefined";
export function isAscii(s: string): boolean {
  if (s.length < 64) {
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
    return true;
  }
  return hasBuffer ? Buffer.byteLength(s, "utf8") === s.length : ASCII_RE.test(s);
}

const CACHE_LIMIT = 50_000;

export interface KeyForms {
  nkey: string;
  fkey: string;
  ascii: boolean;
  /** Key-only rule verdicts, indexed by rule memo slot (see rules/memo.ts): one array read per item and rule. */
  memo: Array<boolean | undefined>;
}
const keyCache = new Map<string, KeyForms>();
const foldCache = new Map<string, string>();

/** NFC normal form. ASCII strings are already NFC. */
export function nfc(s: string): string {
  return isAscii(s) ? s : s.normalize("NFC");
}

function foldUncached(s: string): string {
  const n = nfc(s);
  // JavaScript has no full case folding; upper-then-lower gets the full mappings that matter ("ß" → "ss"),
  // then NFC again because casing can decompose.
  return isAscii(n) ? n.toLowerCase() : n.toUpperCase().toLowerCase().normalize("NFC");
}

/** Case fold for comparisons. */
export function fold(s: string): string {
  let f = foldCache.get(s);
  if (f === undefined) {
    f = foldUncached(s);
    if (s.length < 256) {
      if (foldCache.size >= CACHE_LIMIT) foldCache.clear();
      foldCache.set(s, f);
    }
  }
  return f;
}

/** NFC and folded forms of a key in one cached lookup (keys repeat across a fleet). */
export function keyForms(key: string): KeyForms {
  let k = keyCache.get(key);
  if (k === undefined) {
    const ascii = isAscii(key);
    const nkey = ascii ? key : key.normalize("NFC");
    k = { nkey, fkey: ascii ? key.toLowerCase() : foldUncached(nkey), ascii, memo: [] };
    if (key.length < 256) {
      if (keyCache.size >= CACHE_LIMIT) keyCache.clear();
      keyCache.set(key, k);
    }
  }
  return k;
}

/** Length in Unicode code points after NFC (not UTF-16 units). */
export function codePoints(s: string): number {
  if (isAscii(s)) return s.length;
  const n = s.normalize("NFC");
  let count = 0;
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n.length) {
      const d = n.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** `codePoints(s) > max` without counting when the UTF-16 length already decides. */
export function longerThan(s: string, max: number): boolean {
  return s.length > max && codePoints(s) > max;
}

/** Code-point order for deterministic sorting (String < compares UTF-16 units, which differs above U+FFFF). */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      // Surrogates encode code points >= U+10000, which sort after U+E000..U+FFFF.
      const fx = x >= 0xe000 ? x - 0x800 : x >= 0xd800 ? x + 0x2000 : x;
      const fy = y >= 0xe000 ? y - 0x800 : y >= 0xd800 ? y + 0x2000 : y;
      return fx < fy ? -1 : 1;
    }
  }
  return a.length - b.length;
}
