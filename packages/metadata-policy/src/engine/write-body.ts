// What a planned write's body says, checked: the pairs it writes, whether it clears the user items (a 2026-08 PATCH
// with `tags: null`), and the reasons the body is refused. Shared by the state computation and the judge.
import { codePoints } from "./text.js";
import type { Finding, PlannedWrite } from "./types.js";

export function builtin(
  ruleId: string,
  key: string | null,
  reason: string,
  message: string,
  extra: Partial<Finding> = {},
): Finding {
  return {
    ruleId,
    layer: "builtin",
    key,
    reason,
    actual: null,
    expected: null,
    enforcement: "deny",
    fixable: false,
    readOnly: false,
    message,
    introduced: true,
    ...extra,
  };
}

/** A written pair: a null value (merge patch only) deletes the key. */
export type BodyPair = [key: string, value: string | null];

export interface WriteBody {
  pairs: BodyPair[];
  /** A merge patch whose whole map is null: every user item goes, read-only items stay. */
  clear: boolean;
  problems: Finding[];
}

const refused = (key: string | null, reason: string, message: string) =>
  builtin("builtin/invalid-write", key, reason, message, { apiRefuses: true });

// The 2026-08 API's tag rules: a key of 1–255 characters without whitespace or "="; a value of 1–255 characters
// without tabs or line breaks and without leading or trailing whitespace. The server refuses anything else.
const TAG_KEY = /^[^\s=]+$/u;
const TAG_VALUE = /^[^ \t\n\r\f\v]([^\t\n\r\f\v]*[^ \t\n\r\f\v])?$/u;

function tagProblems(key: string, value: string | null): Finding[] {
  const out: Finding[] = [];
  const keyLength = codePoints(key);
  if (keyLength < 1 || keyLength > 255 || !TAG_KEY.test(key))
    out.push(
      refused(
        key,
        "invalid-tag-key",
        `tag key ${JSON.stringify(key)} must be 1–255 characters without whitespace or "="`,
      ),
    );
  if (value !== null) {
    const valueLength = codePoints(value);
    if (valueLength < 1 || valueLength > 255 || !TAG_VALUE.test(value))
      out.push(
        refused(
          key,
          "invalid-tag-value",
          `value of "${key}" must be 1–255 characters without tabs or line breaks and without leading or trailing spaces`,
        ),
      );
  }
  return out;
}

/** The body as pairs, or the reasons it is not a valid one for its operation and generation. */
export function readWriteBody(write: PlannedWrite): WriteBody {
  if (write.operation === "delete") return { pairs: [], clear: false, problems: [] };
  const patch = write.operation === "patch";
  const body = write.body;
  if (patch && body === null) return { pairs: [], clear: true, problems: [] };
  if (body === null || typeof body !== "object" || Array.isArray(body))
    return {
      pairs: [],
      clear: false,
      problems: [
        refused(
          null,
          "invalid-body",
          patch
            ? "the tags merge patch must be a JSON object of strings and nulls, or null"
            : "the metadata body must be a JSON object of strings",
        ),
      ],
    };
  const pairs: BodyPair[] = [];
  const problems: Finding[] = [];
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (typeof v === "string" || (patch && v === null)) {
      pairs.push([k, v]);
      if (write.apiVersion === "2026-08") problems.push(...tagProblems(k, v));
    } else
      problems.push(
        refused(
          k,
          v === null ? "null-value" : "non-string-value",
          `value of "${k}" must be a string${patch ? " or null" : ""}, got ${v === null ? "null" : typeof v}`,
        ),
      );
  }
  return { pairs, clear: false, problems };
}
