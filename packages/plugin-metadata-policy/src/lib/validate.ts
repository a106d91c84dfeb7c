// `policy validate`: schema + semantic lint of the given files as one layered policy.
import type { LoadResult } from "@imgctl/metadata-policy/engine";
import type { Report } from "./report.js";
import { VERSION } from "./version.js";

/** A report with no images, carrying the diagnostics (so every output format works for validate too). */
export function validationReport(loaded: LoadResult): Report {
  const p = loaded.policy;
  return {
    schemaVersion: "1",
    tool: { name: "metadata-policy", version: VERSION },
    policy: {
      digest: p?.digest ?? "",
      layers:
        p?.layers ??
        loaded.documents.map((d) => ({
          name: d.document.metadata.name,
          layer: d.document.metadata.layer ?? "org",
          ...(d.source ? { source: d.source } : {}),
        })),
      rules: (p?.rules ?? []).map((r) => ({ id: r.id, type: r.type, layer: r.layer, enforcement: r.enforcement })),
    },
    summary: {
      images: 0,
      pass: 0,
      fail: 0,
      warn: 0,
      findings: 0,
      suppressed: 0,
      notApplicable: 0,
      unfixable: 0,
      skippedPublic: 0,
    },
    results: [],
    waivers: { unused: [], expired: [] },
    diagnostics: loaded.diagnostics,
    errors: [],
    truncated: false,
    totalFindings: 0,
  };
}
