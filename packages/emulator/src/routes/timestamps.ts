// The task list's time range: an ISO 8601 date-time or date, read as UTC when it has no offset
// (the SDKs send naive datetimes, and the API's own timestamps often have none).
import { badRequest } from "../http/errors.js";

const SHAPE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** Epoch milliseconds of a timestamp parameter; a 400 naming it when it is not a real time. */
export function timestampMs(name: string, raw: string): number {
  const m = SHAPE.exec(raw);
  const invalid = () =>
    badRequest(`Validation failed: ${name}: must be an ISO 8601 date-time`, {
      [name]: ["must be an ISO 8601 date-time"],
    });
  if (!m) throw invalid();
  const [, y, mo, d, h = "00", mi = "00", s = "00", frac = "", zone = "Z"] = m;
  const ms = Number(frac.padEnd(3, "0").slice(0, 3));
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  const check = new Date(utc);
  // Date.UTC rolls 2025-02-30 over to March: a real date reads back the same.
  if (
    check.getUTCFullYear() !== Number(y) ||
    check.getUTCMonth() !== Number(mo) - 1 ||
    check.getUTCDate() !== Number(d) ||
    Number(h) > 23 ||
    Number(mi) > 59 ||
    Number(s) > 59
  )
    throw invalid();
  if (zone === "Z" || zone === "z") return utc;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const offset = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || "0");
  if (Number(digits.slice(0, 2)) > 23 || Number(digits.slice(2) || "0") > 59) throw invalid();
  return utc - sign * offset * 60_000;
}
