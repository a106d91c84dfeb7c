// What a fleet keeps of a pair once it is evaluated: counts and the findings of the images that have any. The images
// themselves are dropped, so the fleet's memory is its compact results, not its images.
import type { Evaluation, Finding } from "@imgctl/metadata-policy/engine";

export interface CompactFinding {
  imageId: string | null;
  imageName: string | null;
  ruleId: string;
  layer: string;
  key: string | null;
  /** Why (missing, value, pattern…): SARIF fingerprints and JUnit failure types use it. */
  reason: string;
  enforcement: string;
  severity?: string;
  fixable: boolean;
  readOnly: boolean;
  message: string;
}

export interface PairResult {
  type: "pair";
  project: number;
  region: number;
  images: number;
  pass: number;
  fail: number;
  warn: number;
  skippedPublic: number;
  suppressed: number;
  findings: CompactFinding[];
}

export interface PairErrorRow {
  type: "error";
  project: number;
  region: number;
  error: { status?: number; code?: string; message: string; requestId?: string };
}

export type PairOutcome = PairResult | PairErrorRow;

function compactFinding(image: Evaluation["image"], f: Finding): CompactFinding {
  return {
    imageId: image.id ?? null,
    imageName: image.name ?? null,
    ruleId: f.ruleId,
    layer: f.layer,
    key: f.key,
    reason: f.reason,
    enforcement: f.enforcement,
    ...(f.severity ? { severity: f.severity } : {}),
    fixable: f.fixable,
    readOnly: f.readOnly,
    message: f.message,
  };
}

/** Folds evaluations into a pair's compact result, one image at a time. */
export class PairAccumulator {
  readonly result: PairResult;

  constructor(project: number, region: number) {
    this.result = {
      type: "pair",
      project,
      region,
      images: 0,
      pass: 0,
      fail: 0,
      warn: 0,
      skippedPublic: 0,
      suppressed: 0,
      findings: [],
    };
  }

  add(ev: Evaluation): void {
    const r = this.result;
    r.images++;
    r[ev.verdict]++;
    r.suppressed += ev.suppressed.length;
    for (const f of ev.findings) r.findings.push(compactFinding(ev.image, f));
  }

  skipPublic(): void {
    this.result.skippedPublic++;
  }
}
