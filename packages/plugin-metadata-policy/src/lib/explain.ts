// `policy explain`: the effective layered policy with provenance (AWS "effective policy", derivation shown),
// and for an image a per-rule trace: selector hit or miss, findings, waiver status.
import { evaluate } from "@imgctl/metadata-policy/engine";
import type { CompiledRule, EffectivePolicy, Enforcement, ImageContext } from "@imgctl/metadata-policy/engine";

interface RuleExplanation {
  id: string;
  type: string;
  enforcement: string;
  layer: string;
  provenance: CompiledRule["provenance"];
  definition: Record<string, unknown>;
  trace?: {
    applies: boolean;
    findings: Array<{ key: string | null; reason: string; message: string; enforcement: string }>;
    suppressed: Array<{ key: string | null; waiverId: string; expires: string }>;
  };
}

export function explain(
  policy: EffectivePolicy,
  opts: { ruleId?: string; image?: ImageContext; now: Date; ceiling?: Enforcement },
) {
  const rules = policy.rules.filter((r) => !opts.ruleId || r.lineage.includes(opts.ruleId));
  const ev = opts.image
    ? evaluate(policy, opts.image, { now: opts.now, ...(opts.ceiling ? { ceiling: opts.ceiling } : {}) })
    : undefined;
  const explained: RuleExplanation[] = rules.map((r) => {
    const { id: _id, type: _type, ...definition } = r.doc as unknown as Record<string, unknown>;
    const e: RuleExplanation = {
      id: r.id,
      type: r.type,
      enforcement: r.enforcement,
      layer: r.layer,
      provenance: r.provenance,
      definition,
    };
    if (ev)
      e.trace = {
        applies: !ev.notApplicable.includes(r.id) && r.enforcement !== "off",
        findings: ev.findings
          .filter((f) => f.ruleId === r.id)
          .map((f) => ({ key: f.key, reason: f.reason, message: f.message, enforcement: f.enforcement })),
        suppressed: ev.suppressed
          .filter((f) => f.ruleId === r.id)
          .map((f) => ({ key: f.key, waiverId: f.suppressed!.waiverId, expires: f.suppressed!.expires })),
      };
    return e;
  });
  return {
    schemaVersion: "1",
    policy: {
      digest: policy.digest,
      layers: policy.layers,
      keyCase: policy.keyCase,
      limits: policy.limits,
      writeScope: policy.writeScope,
    },
    ...(ev
      ? {
          image: ev.image,
          verdict: ev.verdict,
          builtin: ev.findings.filter((f) => f.layer === "builtin" || f.ruleId.startsWith("limits/")),
        }
      : {}),
    rules: explained,
    waivers: policy.waivers.map((w) => ({
      id: w.id,
      rules: [...w.rules],
      category: w.category,
      reason: w.reason,
      expires: w.expires,
      layer: w.layer,
      active: w.expiresAt > opts.now.getTime(),
    })),
  };
}

export function explainText(x: ReturnType<typeof explain>): string {
  const lines = [
    `policy ${x.policy.digest.slice(0, 19)}… layers: ${x.policy.layers.map((l) => `${l.layer}:${l.name}${l.source ? ` (${l.source})` : ""}`).join(" → ")}; keyCase ${x.policy.keyCase}`,
  ];
  if ("image" in x && x.image) lines.push(`image ${x.image.name ?? ""} (${x.image.id ?? "-"}): ${x.verdict}`);
  for (const b of ("builtin" in x && x.builtin) || []) lines.push(`  ${b.ruleId} [${b.key ?? "-"}]: ${b.message}`);
  for (const r of x.rules) {
    lines.push(`${r.id} (${r.type}, ${r.enforcement}, ${r.layer})`);
    for (const p of r.provenance)
      lines.push(
        `    from ${p.layer}:${p.policy}${p.source ? ` ${p.source}` : ""}${p.path} rule ${p.ruleId}${p.operator ? ` (operator ${p.operator})` : ""}`,
      );
    lines.push(`    ${JSON.stringify(r.definition)}`);
    if (r.trace) {
      if (!r.trace.applies) lines.push("    not applicable (selector does not match)");
      else if (!r.trace.findings.length && !r.trace.suppressed.length) lines.push("    pass");
      for (const f of r.trace.findings) lines.push(`    ${f.enforcement} [${f.key ?? "-"}] ${f.reason}: ${f.message}`);
      for (const s of r.trace.suppressed)
        lines.push(`    waived [${s.key ?? "-"}] by ${s.waiverId} until ${s.expires}`);
    }
  }
  for (const w of x.waivers)
    lines.push(
      `waiver ${w.id} (${w.category}, ${w.layer}) ${w.active ? "active" : "EXPIRED"} until ${w.expires}: ${w.rules.join(", ")} — ${w.reason}`,
    );
  return lines.join("\n");
}
