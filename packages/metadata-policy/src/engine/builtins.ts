// Built-in checks (ids under builtin/) and platform-style limits (ids under limits/); always on.
import type { Hit } from "./rules/common.js";
import { valueLength, type Entry, type ImageView } from "./state.js";
import { codePoints, compareCodePoints, longerThan } from "./text.js";

export interface Limits {
  maxItems?: number;
  maxKeyLength?: number;
  maxValueLength?: number;
}

/**
 * Collisions win: one finding per colliding spelling except the one kept. Kept: a read-only spelling, else
 * a spelling the policy names, else an NFC spelling, else the first in code-point order. Fixable by removal only when all values agree.
 */
function collisionHits(
  groups: Map<string, Entry[]>,
  known: Map<string, string>,
  canonical: boolean,
  reason: string,
  out: (h: Hit) => void,
) {
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => compareCodePoints(a.key, b.key));
    const spelling = known.get(sorted[0]!.fkey);
    const keep =
      sorted.find((e) => e.readOnly) ??
      sorted.find((e) => e.key === spelling) ??
      sorted.find((e) => e.key === e.nkey) ??
      sorted[0]!;
    const sameValue = group.every((e) => e.nvalue === keep.nvalue);
    // The survivor must also end up with the policy's spelling, or fixing would take two rounds.
    if (canonical && sameValue && spelling !== undefined && keep.key !== spelling && !keep.readOnly)
      out({
        key: keep.key,
        reason: "key-case",
        actual: keep.key,
        expected: spelling,
        message: `key "${keep.key}" must be spelled "${spelling}"`,
        fix: { op: "rename", key: keep.key, to: spelling },
      });
    for (const e of sorted) {
      if (e === keep) continue;
      out({
        key: e.key,
        reason,
        actual: e.key,
        expected: keep.key,
        message: `key "${e.key}" collides with "${keep.key}"${sameValue ? "" : " (values differ)"}`,
        readOnly: e.readOnly,
        ...(sameValue ? { fix: { op: "remove" as const, key: e.key } } : {}),
      });
    }
  }
}

/** `known`: folded key → the spelling rules use. */
export function builtinHits(
  view: ImageView,
  known: Map<string, string>,
  canonical: boolean,
  emit: (ruleId: string, hit: Hit) => void,
): void {
  if (view.nfcCollisions.size)
    collisionHits(view.nfcCollisions, known, canonical, "normalization-collision", (h) =>
      emit("builtin/normalization-collision", h),
    );
  if (view.caseCollisions.size)
    collisionHits(view.caseCollisions, known, canonical, "case-collision", (h) => emit("builtin/case-collision", h));
}

export function limitHits(view: ImageView, limits: Limits, emit: (ruleId: string, hit: Hit) => void): void {
  if (limits.maxItems !== undefined) {
    // read_only items are never counted, as AWS does not count reserved tags
    let n = 0;
    for (const m of view.image.metadata) if (!m.read_only) n++;
    if (n > limits.maxItems)
      emit("limits/maxItems", {
        key: null,
        reason: "too-many-items",
        actual: String(n),
        expected: `<= ${limits.maxItems}`,
        message: `${n} user metadata items, more than ${limits.maxItems}`,
      });
  }
  if (limits.maxKeyLength === undefined && limits.maxValueLength === undefined) return;
  for (const e of view.entries) {
    if (limits.maxKeyLength !== undefined && longerThan(e.nkey, limits.maxKeyLength)) {
      const n = codePoints(e.nkey);
      emit("limits/maxKeyLength", {
        key: e.key,
        reason: "key-too-long",
        actual: String(n),
        expected: `<= ${limits.maxKeyLength}`,
        message: `key "${e.key.slice(0, 40)}…" has ${n} code points`,
        readOnly: e.readOnly,
      });
    }
    if (limits.maxValueLength !== undefined && e.value.length > limits.maxValueLength) {
      const n = valueLength(e);
      if (n > limits.maxValueLength)
        emit("limits/maxValueLength", {
          key: e.key,
          reason: "value-too-long",
          actual: String(n),
          expected: `<= ${limits.maxValueLength}`,
          message: `value of "${e.key}" has ${n} code points`,
          readOnly: e.readOnly,
        });
    }
  }
}
