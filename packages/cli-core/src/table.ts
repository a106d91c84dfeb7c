import { createRequire } from "node:module";
import { bold } from "./color.js";

export interface Column<T> {
  header: string;
  get(row: T): unknown;
}

type TableCtor = new (options: object) => { push(...rows: string[][]): void; toString(): string };

// cli-table3 is CommonJS and only needed when a table is printed; load it on first use.
let Table: TableCtor | undefined;
function tableClass(): TableCtor {
  Table ??= createRequire(import.meta.url)("cli-table3") as TableCtor;
  return Table;
}

// gh-style: no borders, two spaces between columns.
const CHARS = {
  top: "", "top-mid": "", "top-left": "", "top-right": "",
  bottom: "", "bottom-mid": "", "bottom-left": "", "bottom-right": "",
  left: "", "left-mid": "", mid: "", "mid-mid": "", right: "", "right-mid": "", middle: "  ",
};

function cell(value: unknown): string {
  if (value === null || value === undefined || value === "") return "-";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Renders rows as a borderless table; bold headers only when colour is on. */
export function renderTable<T>(rows: readonly T[], columns: ReadonlyArray<Column<T>>, options: { color?: boolean } = {}): string {
  const TableImpl = tableClass();
  const table = new TableImpl({
    head: columns.map((c) => bold(c.header.toUpperCase(), !!options.color)),
    chars: CHARS,
    style: { head: [], border: [], "padding-left": 0, "padding-right": 0 },
  });
  table.push(...rows.map((row) => columns.map((c) => cell(c.get(row)))));
  return table.toString().split("\n").map((l) => l.trimEnd()).join("\n");
}

/** Renders `key  value` lines for a single object. */
export function renderKeyValues(entries: ReadonlyArray<readonly [string, unknown]>, options: { color?: boolean } = {}): string {
  const width = Math.max(0, ...entries.map(([k]) => k.length));
  return entries.map(([k, v]) => `${bold(k.padEnd(width), !!options.color)}  ${cell(v)}`).join("\n");
}
