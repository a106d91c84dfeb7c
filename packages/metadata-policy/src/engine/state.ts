// An image's metadata indexed once per evaluation: NFC keys, folded keys, collision groups.
// Hot path of every evaluation: one map in the common case, NFC work only for non-ASCII keys.
import { codePoints, isAscii, keyForms, type KeyForms } from "./text.js";
import type { ImageContext, KeyCase, MetadataEntry } from "./types.js";

export interface Entry {
  key: string;
  nkey: string;
  fkey: string;
  value: string;
  nvalue: string;
  readOnly: boolean;
  forms: KeyForms;
  /** Value is ASCII: NFC is the identity and its length is its code-point count (checked once, values can be 64 KiB). */
  vascii: boolean;
}

/** Value length in code points after NFC. */
export const valueLength = (e: Entry): number => (e.vascii ? e.value.length : codePoints(e.nvalue));

export interface ImageView {
  image: ImageContext;
  /** Entries visible to rules (read-only ones dropped when `readOnlyItems: skip`). */
  entries: Entry[];
  /** Folded keys that collide (two spellings), when keyCase is not exact. */
  caseCollisions: Map<string, Entry[]>;
  /** NFC keys with several raw spellings. */
  nfcCollisions: Map<string, Entry[]>;
  /** Selector lookups use the policy's default key case. */
  lookup(key: string): Entry | undefined;
  /** The entry for a key under a key case; in canonical mode it may be spelled differently (check `nkey`). */
  find(key: KeyForms, keyCase: KeyCase): Entry | "ambiguous" | undefined;
  isAmbiguous(entry: Entry): boolean;
}

function toEntry(m: MetadataEntry): Entry {
  const k = keyForms(m.key);
  const vascii = isAscii(m.value);
  return {
    key: m.key,
    nkey: k.nkey,
    fkey: k.fkey,
    value: m.value,
    nvalue: vascii ? m.value : m.value.normalize("NFC"),
    readOnly: m.read_only === true,
    forms: k,
    vascii,
  };
}

const EMPTY = new Map<string, Entry[]>();

function group(groups: Map<string, Entry[]> | undefined, key: string, first: Entry, e: Entry): Map<string, Entry[]> {
  const g = groups ?? new Map<string, Entry[]>();
  const list = g.get(key) ?? [first];
  list.push(e);
  g.set(key, list);
  return g;
}

export interface ViewOptions {
  keyCase: KeyCase;
  skipReadOnly: boolean;
  /** Folded keys the policy looks up → slot index (built once per policy). */
  slotOf?: Map<string, number>;
}

/**
 * Fast path for the common image: ASCII keys and at most a few keys that are not already in folded form, none of
 * which collide. Looked-up keys land in per-policy slots, so no per-image map is built. Anything else: slowView.
 */
export function buildView(image: ImageContext, opts: ViewOptions): ImageView {
  const slotOf = opts.slotOf;
  if (slotOf === undefined) return slowView(image, opts.keyCase, opts.skipReadOnly);
  const entries: Entry[] = [];
  const slots: Array<Entry | undefined> = new Array(slotOf.size);
  let unfolded: Entry[] | undefined;
  for (const m of image.metadata) {
    if (opts.skipReadOnly && m.read_only) continue;
    const e = toEntry(m);
    if (e.nkey !== e.key) return slowView(image, opts.keyCase, opts.skipReadOnly);
    entries.push(e);
    if (e.fkey !== e.nkey) {
      if (!isAsciiKey(e.key)) return slowView(image, opts.keyCase, opts.skipReadOnly);
      (unfolded ??= []).push(e);
    }
    const s = slotOf.get(e.fkey);
    if (s !== undefined) {
      if (slots[s] !== undefined) return slowView(image, opts.keyCase, opts.skipReadOnly);
      slots[s] = e;
    }
  }
  if (unfolded !== undefined) {
    if (unfolded.length > 4) return slowView(image, opts.keyCase, opts.skipReadOnly);
    for (const u of unfolded)
      for (const e of entries)
        if (e !== u && e.fkey === u.fkey) return slowView(image, opts.keyCase, opts.skipReadOnly);
  }
  return new FastView(image, entries, slots, slotOf, opts.keyCase);
}

const notAmbiguous = () => false;

/** The common case: a class, so a view costs one object instead of a handful of closures. */
class FastView implements ImageView {
  readonly caseCollisions = EMPTY;
  readonly nfcCollisions = EMPTY;
  readonly isAmbiguous = notAmbiguous;
  constructor(
    readonly image: ImageContext,
    readonly entries: Entry[],
    private readonly slots: Array<Entry | undefined>,
    private readonly slotOf: Map<string, number>,
    private readonly keyCase: KeyCase,
  ) {}
  find(k: KeyForms, keyCase: KeyCase): Entry | undefined {
    const s = this.slotOf.get(k.fkey);
    const e = s !== undefined ? this.slots[s] : this.entries.find((x) => x.fkey === k.fkey);
    if (e === undefined) return undefined;
    return keyCase !== "exact" || e.nkey === k.nkey ? e : undefined;
  }
  lookup(key: string): Entry | undefined {
    return this.find(keyForms(key), this.keyCase);
  }
}

function isAsciiKey(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

function slowView(image: ImageContext, defaultKeyCase: KeyCase, skipReadOnly: boolean): ImageView {
  const entries: Entry[] = [];
  const byNfc = new Map<string, Entry>();
  const byFold = new Map<string, Entry>();
  let caseCollisions: Map<string, Entry[]> | undefined;
  let nfcCollisions: Map<string, Entry[]> | undefined;
  for (const m of image.metadata) {
    if (skipReadOnly && m.read_only) continue;
    const e = toEntry(m);
    entries.push(e);
    const prev = byNfc.get(e.nkey);
    if (prev !== undefined) {
      // Only possible when raw keys differ but normalise equal (the server stores keys once per raw spelling).
      nfcCollisions = group(nfcCollisions, e.nkey, prev, e);
      continue;
    }
    byNfc.set(e.nkey, e);
    const other = byFold.get(e.fkey);
    if (other === undefined) byFold.set(e.fkey, e);
    else caseCollisions = group(caseCollisions, e.fkey, other, e);
  }
  const exact = defaultKeyCase === "exact";
  const cc = exact || caseCollisions === undefined ? EMPTY : caseCollisions;
  const nc = nfcCollisions ?? EMPTY;
  const clean = cc.size === 0 && nc.size === 0;
  const isAmbiguous = (e: Entry) => !clean && (nc.has(e.nkey) || cc.has(e.fkey));
  const find = (k: KeyForms, keyCase: KeyCase): Entry | "ambiguous" | undefined => {
    if (keyCase === "exact") {
      const e = byNfc.get(k.nkey);
      if (e === undefined) return undefined;
      return nc.has(k.nkey) ? "ambiguous" : e;
    }
    const e = byFold.get(k.fkey);
    if (e === undefined) return undefined;
    if (caseCollisions?.has(k.fkey) || nc.has(e.nkey)) return "ambiguous";
    return e;
  };
  return {
    image,
    entries,
    caseCollisions: cc,
    nfcCollisions: nc,
    isAmbiguous,
    find,
    lookup(key) {
      const r = find(keyForms(key), defaultKeyCase);
      return r === "ambiguous" ? undefined : r;
    },
  };
}
