import { describe, expect, it } from "vitest";
import {
  colorEnabled,
  createDebugLogger,
  parseKeyValue,
  redact,
  renderError,
  renderTable,
  terminalWidth,
  toMetadataMap,
} from "../src/index.js";

describe("renderError", () => {
  it("renders an API error on one line with status, class, message and request id", () => {
    const err = Object.assign(new Error("Image not\nfound"), {
      name: "NotFoundError",
      status: 404,
      exceptionClass: "NotFoundError",
      requestId: "rid-1",
    });
    const r = renderError(err);
    expect(r.line).toBe("404 NotFoundError: Image not found (request id rid-1)");
    expect(r.exit).toBe(3);
    expect(r.json.error).toMatchObject({ status: 404, requestId: "rid-1", exitCode: 3 });
  });

  it("keeps an oclif exit code", () => {
    const err = Object.assign(new Error("bad flag"), { oclif: { exit: 2 } });
    expect(renderError(err).exit).toBe(2);
  });

  it("an error without an exit code of its own (network, runtime) exits 3", () => {
    const err = Object.assign(new Error("Connection error"), { name: "ConnectionError", code: "ECONNREFUSED" });
    expect(renderError(err)).toMatchObject({ exit: 3, json: { error: { code: "ECONNREFUSED", exitCode: 3 } } });
  });
});

describe("redaction", () => {
  it("hides APIKey values and the key itself", () => {
    expect(redact('{"authorization":"APIKey abc$123"} abc$123', "abc$123")).toBe('{"authorization":"APIKey ***"} ***');
    const lines: string[] = [];
    createDebugLogger("s3cr3t-key", (l) => lines.push(l)).debug("request", { url: "http://x/?k=s3cr3t-key" });
    expect(lines.join("")).not.toContain("s3cr3t-key");
    expect(lines[0]).toContain("***");
  });
});

describe("flags helpers", () => {
  it("parses key=value with = in the value and rejects the rest", () => {
    expect(parseKeyValue("a=b=c")).toEqual(["a", "b=c"]);
    expect(parseKeyValue("a=")).toEqual(["a", ""]);
    expect(() => parseKeyValue("=x")).toThrow(/key=value/);
    expect(() => parseKeyValue("nokey")).toThrow(/key=value/);
    expect(
      toMetadataMap([
        { key: "a", value: "1" },
        { key: "a", value: "2" },
      ]),
    ).toEqual({ a: "2" });
  });
});

describe("table and colour", () => {
  it("renders a borderless table with '-' for empty cells", () => {
    const out = renderTable(
      [{ a: "x", b: null }],
      [
        { header: "a", get: (r) => r.a },
        { header: "bee", get: (r) => r.b },
      ],
    );
    expect(out.split("\n")).toEqual(["A  BEE", "x  -"]);
  });

  it("respects NO_COLOR", () => {
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    expect(colorEnabled({ isTTY: true }, {})).toBe(true);
    expect(colorEnabled({ isTTY: false }, {})).toBe(false);
  });
});

describe("table layout", () => {
  it("pads by code points and bolds headers only with colour", () => {
    const rows = [
      { a: "größe", b: 1 },
      { a: "x", b: 22 },
    ];
    type Row = { a: string; b: number };
    const cols = [
      { header: "a", get: (r: Row) => r.a },
      { header: "b", get: (r: Row) => r.b },
    ];
    expect(renderTable(rows, cols).split("\n")).toEqual(["A      B", "größe  1", "x      22"]);
    expect(renderTable(rows, cols, { color: true }).split("\n")[0]).toBe(
      "\u001B[1mA    \u001B[22m  \u001B[1mB\u001B[22m",
    );
  });

  it("lays out 1,000 rows quickly", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ id: `id-${i}`, name: `image-${i}` }));
    const start = performance.now();
    const out = renderTable(rows, [
      { header: "id", get: (r) => r.id },
      { header: "name", get: (r) => r.name },
    ]);
    expect(out.split("\n")).toHaveLength(1001);
    expect(performance.now() - start).toBeLessThan(100);
  });
});

describe("renderTable widths", () => {
  const columns = [
    { header: "id", get: (r: { id: string; name: string }) => r.id },
    { header: "name", get: (r: { id: string; name: string }) => r.name },
  ];

  it("measures East-Asian wide characters as two columns", () => {
    const out = renderTable(
      [
        { id: "a", name: "x" },
        { id: "日本語", name: "y" },
      ],
      columns,
    );
    expect(out.split("\n")).toEqual(["ID      NAME", "a       x", "日本語  y"]);
  });

  it("truncates the widest column with … to fit maxWidth, never splitting a wide character", () => {
    const rows = [{ id: "0123456789abcdef", name: "ねこねこねこねこねこ" }];
    const out = renderTable(rows, columns, { maxWidth: 30 }).split("\n");
    // 16 + 2 + 20 columns into 30: the widest gives up a column at a time, then both (14 each).
    expect(out).toEqual(["ID              NAME", "0123456789abc…  ねこねこねこ…"]);
    for (const line of renderTable(rows, columns, { maxWidth: 26 }).split("\n")) {
      expect([...line].reduce((w, ch) => w + (/[\u3040-\u30ff]/.test(ch) ? 2 : 1), 0)).toBeLessThanOrEqual(26);
    }
    expect(renderTable(rows, columns)).toContain("ねこねこねこねこねこ"); // no limit: nothing cut
  });

  it("terminalWidth: the TTY's columns, COLUMNS as fallback, none when piped", () => {
    expect(terminalWidth({ isTTY: true, columns: 100 }, {})).toBe(100);
    expect(terminalWidth({ isTTY: true }, { COLUMNS: "72" })).toBe(72);
    expect(terminalWidth({ isTTY: false, columns: 100 }, { COLUMNS: "72" })).toBeUndefined();
  });
});
