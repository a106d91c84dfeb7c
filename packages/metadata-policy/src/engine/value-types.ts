// `valueType` checks. Strict on purpose: "1.0" is not an integer, "True" is not a boolean.
import type { ValueTypeName } from "./document.js";

const INTEGER = /^-?(0|[1-9][0-9]*)$/;
const NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// semver.org 2.0.0 regular expression
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function validYMD(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
  return d <= days;
}

// RFC 3339 full-date or date-time
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2}))?$/;

const digit = (v: string, i: number) => {
  const c = v.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

function validDate(v: string): boolean {
  // Fast path for the common full-date form YYYY-MM-DD, without a regex match array.
  if (v.length === 10 && v.charCodeAt(4) === 45 && v.charCodeAt(7) === 45) {
    const y0 = digit(v, 0),
      y1 = digit(v, 1),
      y2 = digit(v, 2),
      y3 = digit(v, 3);
    const m0 = digit(v, 5),
      m1 = digit(v, 6),
      d0 = digit(v, 8),
      d1 = digit(v, 9);
    if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return false;
    return validYMD(y0 * 1000 + y1 * 100 + y2 * 10 + y3, m0 * 10 + m1, d0 * 10 + d1);
  }
  const m = DATE.exec(v);
  if (!m) return false;
  if (!validYMD(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 60)) return false;
  return true;
}

export function checkType(type: ValueTypeName, v: string): boolean {
  switch (type) {
    case "string":
      return true;
    case "integer":
      return INTEGER.test(v);
    case "number":
      return NUMBER.test(v);
    case "boolean":
      return v === "true" || v === "false";
    case "date":
      return validDate(v);
    case "uuid":
      return UUID.test(v);
    case "email":
      return EMAIL.test(v);
    case "semver":
      return SEMVER.test(v);
    case "url":
      try {
        const u = new URL(v);
        return u.protocol === "http:" || u.protocol === "https:";
      } catch {
        return false;
      }
    case "json":
      try {
        JSON.parse(v);
        return true;
      } catch {
        return false;
      }
  }
}

/** Comparable magnitude for min/max: numbers for integer/number, epoch ms for dates, code points otherwise. */
export function magnitude(type: ValueTypeName, v: string | number): number | undefined {
  if (type === "integer" || type === "number") return typeof v === "number" ? v : Number(v);
  if (type === "date") return typeof v === "number" ? v : Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v);
  return undefined;
}
