// Planned writes: compute the state after POST (merge) / PUT (replace) / item DELETE / a 2026-08 PATCH (tags merge
// patch), evaluate both states,
// and decide. Built-in write checks (read-only, protected, invalid body) deny whatever the policy says.
import { evaluateView } from "./evaluate.js";
import { capEnforcement, ENFORCEMENT_RANK, type EffectivePolicy } from "./policy.js";
import { buildView } from "./state.js";
import { nfc } from "./text.js";
import type {
  DiffOp,
  Finding,
  ImageContext,
  MetadataEntry,
  PlannedWrite,
  WriteDecision,
  WriteOptions,
} from "./types.js";
import { type BodyPair, builtin, readWriteBody } from "./write-body.js";

/** The post-write state. Keys compare exactly (after NFC): the server is assumed case-sensitive (the API documents no case folding). */
export function applyWrite(s0: MetadataEntry[], write: PlannedWrite, replacePreservesReadOnly = true): MetadataEntry[] {
  const { pairs, clear } = readWriteBody(write);
  switch (write.operation) {
    case "patch":
      return applyPatch(s0, pairs, clear);
    // PATCH image with metadata merges like POST (the emulator's reading of the API, which does not document it).
    case "merge":
    case "update": {
      const out = s0.map((e) => ({ ...e }));
      const index = new Map(out.map((e, i) => [nfc(e.key), i]));
      for (const [k, v] of pairs as Array<[string, string]>) {
        const i = index.get(nfc(k));
        if (i !== undefined) out[i]!.value = v;
        else {
          index.set(nfc(k), out.length);
          out.push({ key: k, value: v, read_only: false });
        }
      }
      return out;
    }
    case "replace": {
      const kept = replacePreservesReadOnly ? s0.filter((e) => e.read_only) : [];
      const keptKeys = new Set(kept.map((e) => nfc(e.key)));
      return [
        ...kept.map((e) => ({ ...e })),
        ...pairs
          .filter(([k]) => !keptKeys.has(nfc(k)))
          .map(([key, value]) => ({ key, value: value ?? "", read_only: false })),
      ];
    }
    case "create":
      return pairs.map(([key, value]) => ({ key, value: value ?? "", read_only: false }));
    case "delete": {
      const k = nfc(write.key ?? "");
      return s0.filter((e) => nfc(e.key) !== k);
    }
  }
}

/** JSON Merge Patch of the items: a string sets, a null deletes, unlisted keys stay, a null map clears the user items;
 * read-only items are kept whatever the patch says (the API preserves them). */
function applyPatch(s0: MetadataEntry[], pairs: BodyPair[], clear: boolean): MetadataEntry[] {
  const items = new Map(s0.filter((e) => !clear || e.read_only).map((e) => [nfc(e.key), { ...e }]));
  for (const [k, v] of pairs) {
    const current = items.get(nfc(k));
    if (current?.read_only) continue;
    if (v === null) items.delete(nfc(k));
    else if (current) current.value = v;
    else items.set(nfc(k), { key: k, value: v, read_only: false });
  }
  return [...items.values()];
}

export function diffStates(s0: MetadataEntry[], s1: MetadataEntry[]): DiffOp[] {
  const before = new Map(s0.map((e) => [nfc(e.key), e]));
  const after = new Map(s1.map((e) => [nfc(e.key), e]));
  const adds: DiffOp[] = [];
  const replaces: DiffOp[] = [];
  const removes: DiffOp[] = [];
  for (const [k, e] of after) {
    const b = before.get(k);
    if (!b) adds.push({ op: "add", key: e.key, to: e.value });
    else if (b.value !== e.value) replaces.push({ op: "replace", key: e.key, from: b.value, to: e.value });
  }
  for (const [k, e] of before) if (!after.has(k)) removes.push({ op: "remove", key: e.key, from: e.value });
  return [...adds, ...replaces, ...removes];
}

const identity = (f: Finding) => `${f.ruleId}\u0000${f.key ?? ""}\u0000${f.reason}`;

/**
 * The one rule for every surface (plan-write, the CLI hook, the middleware): a ceiling below deny (`audit` is the
 * middleware's audit mode) caps every finding of the write, the built-in write checks included, so nothing is blocked;
 * `wouldDeny` keeps what enforcing would have decided, and findings the API itself refuses say so (`apiRefuses`).
 */
export function planWrite(
  policy: EffectivePolicy,
  image: ImageContext,
  write: PlannedWrite,
  opts: WriteOptions = {},
): WriteDecision {
  if (opts.ceiling === undefined || ENFORCEMENT_RANK[opts.ceiling] >= ENFORCEMENT_RANK.deny)
    return judgeWrite(policy, image, write, opts);
  const { ceiling: _ceiling, ...uncapped } = opts;
  const capped = judgeWrite(policy, image, write, opts);
  return { ...capped, wouldDeny: judgeWrite(policy, image, write, uncapped).decision === "deny" };
}

function judgeWrite(
  policy: EffectivePolicy,
  image: ImageContext,
  write: PlannedWrite,
  opts: WriteOptions,
): WriteDecision {
  const scope = opts.scope ?? policy.writeScope;
  const preserve = opts.replacePreservesReadOnly ?? true;
  const s0 = image.metadata;
  const written = new Set<string>();
  const hard: Finding[] = [];

  const { pairs, problems } = readWriteBody(write);
  hard.push(...problems);
  for (const [k] of pairs) written.add(nfc(k));
  if (write.operation === "delete") {
    if (typeof write.key !== "string")
      hard.push(builtin("builtin/invalid-write", null, "missing-key", "an item delete needs a key"));
    else written.add(nfc(write.key));
  }

  const s1 = applyWrite(s0, write, preserve);
  const diff = diffStates(s0, s1);
  for (const d of diff) written.add(nfc(d.key));

  hard.push(...readOnlyFindings(s0, write, pairs, written, preserve));
  // `protected` rules: client-side immutability of existing keys, judged on the pre-write image.
  const view0 = buildView(image, policy);
  hard.push(...protectedFindings(policy, view0, diff));

  const before = evaluateView(policy, view0, opts);
  const after = evaluateView(policy, buildView({ ...image, metadata: s1 }, policy), opts);
  const existed = new Map(before.findings.map((f) => [identity(f), f]));
  const findings: Finding[] = [];
  const warnings: Finding[] = [];
  for (const f of hard) {
    const enforcement = capEnforcement(f.enforcement, opts.ceiling);
    (enforcement === "deny" ? findings : warnings).push({ ...f, enforcement });
  }
  for (const f of after.findings) {
    const prior = existed.get(identity(f));
    // Key-less findings (the item count) are introduced when the write makes them worse, not only when new.
    const worse = prior !== undefined && f.key === null && Number(f.actual) > Number(prior.actual);
    const introduced = prior === undefined || worse || (f.key !== null && written.has(nfc(f.key)));
    const g = { ...f, introduced };
    if (f.enforcement === "deny" && (scope === "full" || introduced)) findings.push(g);
    else warnings.push(g);
  }
  const decision = findings.some((f) => f.enforcement === "deny") ? "deny" : "allow";
  return {
    decision,
    wouldDeny: decision === "deny",
    writeScope: scope,
    operation: {
      operation: write.operation,
      ...(image.id !== undefined ? { imageId: image.id } : {}),
      ...(write.key !== undefined ? { key: write.key } : {}),
    },
    diff,
    findings,
    warnings,
    suppressed: after.suppressed,
    policyDigest: policy.digest,
    before,
    after,
    state: s1,
  };
}

/**
 * Read-only items: never changed or deleted by a client write (the server answers 403 anyway). Repeating one with
 * its current value (read-modify-write of the whole map) changes nothing and is accepted, as the server does.
 * A patch that names a read-only tag is denied the same way: the API keeps the tag, so the write would not do what it says.
 */
function readOnlyFindings(
  s0: ImageContext["metadata"],
  write: PlannedWrite,
  pairs: readonly BodyPair[],
  written: ReadonlySet<string>,
  preserve: boolean,
): Finding[] {
  const hard: Finding[] = [];
  const bodyValues = new Map(pairs.map(([k, v]) => [nfc(k), v]));
  if (write.operation !== "create") {
    for (const e of s0) {
      if (!e.read_only) continue;
      const k = nfc(e.key);
      const touched =
        write.operation === "delete" ? written.has(k) : bodyValues.has(k) && bodyValues.get(k) !== e.value;
      const dropped = write.operation === "replace" && !preserve;
      const deletes = write.operation === "delete" || dropped || bodyValues.get(k) === null;
      if (touched || dropped)
        hard.push(
          builtin(
            "builtin/read-only",
            e.key,
            "read-only-write",
            `"${e.key}" is a read-only item; this ${write.operation} would ${deletes ? "delete" : "change"} it${write.operation === "patch" ? " (the API keeps read-only tags)" : ""}`,
            {
              readOnly: true,
              actual: e.value,
              ...(write.operation === "patch" ? {} : { apiRefuses: true }),
            },
          ),
        );
    }
  }
  return hard;
}

/** `protected` rules: client-side immutability of existing keys, judged on the pre-write image. */
function protectedFindings(
  policy: EffectivePolicy,
  view0: ReturnType<typeof buildView>,
  diff: ReturnType<typeof diffStates>,
): Finding[] {
  const hard: Finding[] = [];
  for (const rule of policy.rules) {
    if (!rule.protects || rule.enforcement === "off" || !rule.applies(view0)) continue;
    for (const d of diff) {
      if (d.op === "add" || !rule.protects.matches(nfc(d.key))) continue;
      if ((d.op === "replace" && rule.protects.update) || (d.op === "remove" && rule.protects.delete))
        hard.push({
          ...builtin(
            rule.id,
            d.key,
            d.op === "replace" ? "protected-update" : "protected-delete",
            `"${d.key}" is protected by "${rule.id}"; it may not be ${d.op === "replace" ? "changed" : "deleted"}`,
          ),
          layer: rule.layer,
          actual: d.from ?? null,
          ...(d.to !== undefined ? { expected: d.from ?? null } : {}),
        });
    }
  }
  return hard;
}
