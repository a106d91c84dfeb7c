import { bold } from "./color.js";

export interface Column<T> {
  header: string;
  get(row: T): unknown;
  /** false: never truncated to fit the terminal (ids, which are copied and pasted). Default true. */
  shrink?: boolean;
}

// A hand-rolled renderer, not cli-table3: cli-table3 spent ≈780 ms laying out 1,000 rows
// (per-cell wrapping and ANSI handling) in `imgctl images list`; padding plain strings is ≈1 ms.
// Cells are single-line plain text. Their display width comes from string-width (East-Asian wide
// characters and emoji take two columns, combining marks none); printable ASCII skips it.
//
// string-width is loaded on the first text that needs it, not with this module: loading it builds an
// Intl.Segmenter and compiles its emoji regex (`\p{RGI_Emoji}` with the `v` flag), 30–60 ms of every
// command that imports cli-core, for tables that are nearly always printable ASCII. `require`, not
// `import()`, keeps rendering synchronous: bundled (the CLI, cli-core's dist), esbuild turns a
// required module into code that runs on the first call; unbundled, Node ≥ 20.19 requires ES modules.
let stringWidth: ((text: string) => number) | undefined;
function wideTextWidth(text: string): number {
  stringWidth ??= (require("string-width") as { default: (text: string) => number }).default;
  return stringWidth(text);
}

const GAP = "  ";
/** A truncated column keeps at least this many columns, so that it stays recognisable. */
const MIN_COLUMN = 8;

function cell(value: unknown): string {
  if (value === null || value === undefined || value === "") return "-";
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  return text.replace(/[\r\n\t]+/g, " ");
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function displayWidth(text: string): number {
  return PRINTABLE_ASCII.test(text) ? text.length : wideTextWidth(text);
}

function pad(text: string, to: number): string {
  const w = displayWidth(text);
  return w >= to ? text : text + " ".repeat(to - w);
}

/** Built on the first cut: creating the first Intl.Segmenter loads ICU's break rules (10–40 ms). */
let segmenter: Intl.Segmenter | undefined;

/** Cuts `text` to at most `to` columns, ending in "…" when cut; never splits a character. */
function truncate(text: string, to: number): string {
  if (displayWidth(text) <= to) return text;
  let out = "";
  let used = 0;
  segmenter ??= new Intl.Segmenter();
  for (const { segment } of segmenter.segment(text)) {
    const w = displayWidth(segment);
    if (used + w > to - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/**
 * Column widths that fit `maxWidth`: the widest column that may shrink gives up a column at a time
 * (not below its header nor MIN_COLUMN) until the line fits or nothing can shrink any more.
 */
function fitWidths(widths: number[], floors: Array<number | undefined>, maxWidth: number | undefined): number[] {
  const fitted = [...widths];
  if (maxWidth === undefined) return fitted;
  let total = fitted.reduce((a, b) => a + b, 0) + GAP.length * (fitted.length - 1);
  while (total > maxWidth) {
    let widest = -1;
    fitted.forEach((w, i) => {
      const floor = floors[i];
      if (floor !== undefined && w > floor && (widest < 0 || w > fitted[widest]!)) widest = i;
    });
    if (widest < 0) break;
    fitted[widest]! -= 1;
    total -= 1;
  }
  return fitted;
}

/**
 * The width tables must fit: the terminal's, when stdout is one (`COLUMNS` when the terminal does
 * not say). Piped or redirected output is not cut: scripts get every character.
 */
export function terminalWidth(
  stream: { isTTY?: boolean; columns?: number } = process.stdout,
  env: Record<string, string | undefined> = process.env,
): number | undefined {
  if (!stream.isTTY) return undefined;
  const fromEnv = Number(env.COLUMNS);
  return stream.columns || (Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80);
}

export interface TableOptions {
  color?: boolean;
  /** The terminal's width: the widest columns are truncated (with "…") to fit. Unset: no limit. */
  maxWidth?: number | undefined;
}

/**
 * Renders rows as a borderless, gh-style table (two spaces between columns); bold headers only when colour is on.
 * Each cell's text and width are worked out once (a list of 1,000 images is 7,000 cells, at start-up,
 * before the JIT has warmed up), and lines are built by concatenation.
 */
export function renderTable<T>(
  rows: readonly T[],
  columns: ReadonlyArray<Column<T>>,
  options: TableOptions = {},
): string {
  const head = columns.map((c) => c.header.toUpperCase());
  const headWidths = head.map(displayWidth);
  const natural = [...headWidths];
  const body = rows.map((row) => {
    const texts: string[] = [];
    const cellWidths: number[] = [];
    columns.forEach((c, i) => {
      const text = cell(c.get(row));
      const width = displayWidth(text);
      texts.push(text);
      cellWidths.push(width);
      if (width > natural[i]!) natural[i] = width;
    });
    return { texts, cellWidths };
  });
  const floors = columns.map((c, i) => (c.shrink === false ? undefined : Math.max(MIN_COLUMN, headWidths[i]!)));
  const widths = fitWidths(natural, floors, options.maxWidth);
  const last = columns.length - 1;
  const line = (texts: string[], cellWidths: number[], style: (s: string) => string = (s) => s): string => {
    let out = "";
    for (let i = 0; i <= last; i++) {
      let text = texts[i]!;
      let width = cellWidths[i]!;
      if (width > widths[i]!) {
        text = truncate(text, widths[i]!);
        width = displayWidth(text);
      }
      if (i > 0) out += GAP;
      out += style(i === last || width >= widths[i]! ? text : text + " ".repeat(widths[i]! - width));
    }
    return out.trimEnd();
  };
  let out = line(head, headWidths, (s) => bold(s, !!options.color));
  for (const r of body) out += `\n${line(r.texts, r.cellWidths)}`;
  return out;
}

/** Renders `key  value` lines for a single object. */
export function renderKeyValues(
  entries: ReadonlyArray<readonly [string, unknown]>,
  options: { color?: boolean } = {},
): string {
  const keyWidth = Math.max(0, ...entries.map(([k]) => displayWidth(k)));
  return entries.map(([k, v]) => `${bold(pad(k, keyWidth), !!options.color)}  ${cell(v)}`).join("\n");
}
