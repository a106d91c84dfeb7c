// Public types of the policy engine. The engine is pure: no I/O, no globals except small caches.

import type { ApiVersion, MetadataWriteImage, MetadataWriteItem } from "@imgctl/types";

export type Enforcement = "deny" | "warn" | "audit" | "off";
export type Layer = "org" | "project" | "local";
export type KeyCase = "exact" | "canonical" | "ignore";
export type ValueCase = "exact" | "ignore";
export type Severity = "critical" | "high" | "medium" | "low";
export type WriteScope = "introduced" | "full";
/** What a write does to the items; `patch` is the 2026-08 PATCH of the image with a `tags` JSON Merge Patch. */
export type WriteOperation = "merge" | "replace" | "delete" | "create" | "update" | "patch";

/** One metadata item as the API returns it (`metadata_detailed`). */
export type MetadataEntry = MetadataWriteItem;

/** What the engine knows about an image. Every field but `metadata` is optional (offline snapshots). */
/** An image as the engine judges it: the shared pre-write image state plus where it lives. */
export interface ImageContext extends MetadataWriteImage {
  projectId?: number;
  regionId?: number;
}

export interface Diagnostic {
  code: string;
  severity: "error" | "warning";
  message: string;
  source?: string;
  /** JSON pointer into the policy document. */
  path?: string;
  line?: number;
}

export interface Suppression {
  waiverId: string;
  expires: string;
  category: "waiver" | "mitigated";
  reason: string;
  layer: Layer;
}

export interface Finding {
  ruleId: string;
  layer: Layer | "builtin";
  key: string | null;
  reason: string;
  actual: string | null;
  expected: string | null;
  enforcement: Enforcement;
  severity?: Severity;
  fixable: boolean;
  readOnly: boolean;
  message: string;
  suppressed?: Suppression;
  /** How a fix would address this finding (absent: not fixable automatically). */
  fix?: { op: "add" | "replace" | "remove" | "rename"; key: string; to?: string; value?: string };
  /** Set on write decisions: whether this finding is new in the post-write state or touches a written key. */
  introduced?: boolean;
  /** Set on write findings the API refuses whatever the policy says (read-only items, a malformed body). */
  apiRefuses?: boolean;
}

export type Verdict = "pass" | "warn" | "fail";

export interface Evaluation {
  image: Omit<ImageContext, "metadata">;
  verdict: Verdict;
  /** Unsuppressed findings, deterministic order. */
  findings: Finding[];
  /** Findings turned off by an active waiver. */
  suppressed: Finding[];
  /** Ids of rules whose selector did not match this image (out of scope is not a pass). */
  notApplicable: string[];
  /** Ids of rules that applied. */
  applicable: string[];
  /** Waiver ids that suppressed something here (to find unused waivers across a run). */
  usedWaivers: string[];
}

export interface EvaluateOptions {
  /** The clock for waiver expiry. Default: `new Date()`. */
  now?: Date;
  /** Global ceiling: no finding is stricter than this. Default deny (no cap). */
  ceiling?: Enforcement;
}

export interface DiffOp {
  op: "add" | "replace" | "remove";
  key: string;
  from?: string;
  to?: string;
}

export interface PlannedWrite {
  operation: WriteOperation;
  /** POST/PUT/create/update body, or the patch's tags map. Values are `unknown` because they come from users and are checked. */
  body?: Record<string, unknown> | unknown;
  /** DELETE metadata_item key. */
  key?: string;
  /** The generation it is sent in (absent: 2025-04): 2026-08 refuses tag keys and values its patterns do not allow. */
  apiVersion?: ApiVersion;
}

export interface WriteOptions extends EvaluateOptions {
  scope?: WriteScope;
  /** An assumption about the server: does PUT keep read_only items? Default true. */
  replacePreservesReadOnly?: boolean;
}

export interface WriteDecision {
  /** Whether the write is blocked: under a ceiling below deny (audit mode), always allow. */
  decision: "allow" | "deny";
  /** What enforcing (no ceiling) would decide: audit runs report would-be denials through it. */
  wouldDeny: boolean;
  writeScope: WriteScope;
  operation: { operation: WriteOperation; imageId?: string; key?: string };
  diff: DiffOp[];
  /** Findings that decide: built-in write violations and (scope-dependent) deny-level findings of the new state. */
  findings: Finding[];
  /** Everything else in the new state that is not suppressed (pre-existing deny findings under `introduced`, warn, audit). */
  warnings: Finding[];
  suppressed: Finding[];
  policyDigest: string;
  before: Evaluation;
  after: Evaluation;
  state: MetadataEntry[];
}

export type FixOpKind = "add" | "replace" | "remove" | "rename";

export interface FixOp {
  op: FixOpKind;
  key: string;
  /** For rename: the new key. */
  to?: string;
  value?: string;
  from?: string;
  ruleId: string;
  reason: string;
}

export interface ApiCall {
  method: "POST" | "PUT" | "DELETE" | "PATCH";
  /** Relative to the image's URL, `{project}/{region}/{image}` left for the caller; "" for the image itself (PATCH). */
  path: string;
  /** The POST/PUT metadata map. */
  body?: Record<string, string>;
  query?: Record<string, string>;
  /** The PATCH's `tags` merge patch: a null value deletes the key. */
  tags?: Record<string, string | null>;
}

/** How a fix plan is sent: `merge` one POST /metadata then a DELETE per removed key, `replace` one PUT /metadata,
 * `patch` one PATCH of the image with a tags merge patch (2026-08's own way; the /metadata endpoints are deprecated there). */
export type FixStrategy = "merge" | "replace" | "patch";

export interface FixPlan {
  image: Omit<ImageContext, "metadata">;
  operations: FixOp[];
  /** Findings a fix cannot address (read-only, no default value, differing collisions). */
  unfixable: Finding[];
  calls: ApiCall[];
}
