// Writes a large JSON document without building it as one string: the document is serialised with a marker where
// its big array goes, and the array's items are written one by one in its place, indented as JSON.stringify(…, null,
// 2) would have indented them. A 100,000-finding report then costs its items, not a copy of them and a 40 MB string.

export interface TextSink {
  write(chunk: string): void;
  close(): void;
}

const MARKER = "@@imgctl-fleet-items@@";

/** `value` with `items` in place of the field that holds MARKER_VALUE, as `JSON.stringify(…, null, 2)` + "\n". */
export function writeJsonWithItems(out: TextSink, value: unknown, items: Iterable<unknown>): void {
  const text = JSON.stringify(value, null, 2);
  const at = text.indexOf(`"${MARKER}"`);
  if (at < 0) {
    out.write(`${text}\n`);
    return;
  }
  const lineStart = text.lastIndexOf("\n", at) + 1;
  const indent = /^ */.exec(text.slice(lineStart))![0].length;
  const pad = " ".repeat(indent + 2);
  out.write(text.slice(0, at));
  let first = true;
  for (const item of items) {
    out.write(`${first ? "[\n" : ",\n"}${pad}${JSON.stringify(item, null, 2).replaceAll("\n", `\n${pad}`)}`);
    first = false;
  }
  out.write(first ? "[]" : `\n${" ".repeat(indent)}]`);
  out.write(`${text.slice(at + MARKER.length + 2)}\n`);
}

/** The value to put where the items go. */
export const ITEMS = MARKER;
