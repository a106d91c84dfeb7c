// The heavy half of the metadata:write hook (engine, YAML, Ajv), imported only when a policy file exists.
import { statSync } from "node:fs";
import { EXIT, type MetadataWritePlan } from "@imgctl/cli-core";
import type { EffectivePolicy } from "@imgctl/metadata-policy/engine";
import { ExitCodeError } from "../lib/exit-error.js";
import { judgeMetadataWrite } from "@imgctl/metadata-policy/engine";
import { PolicyDeniedError } from "../lib/denied.js";
import { readPolicyFiles } from "../lib/policy-files.js";

const cache = new Map<string, { mtimeMs: number; policy: EffectivePolicy }>();

function load(path: string): EffectivePolicy {
  const mtimeMs = statSync(path).mtimeMs;
  const hit = cache.get(path);
  if (hit && hit.mtimeMs === mtimeMs) return hit.policy;
  const loaded = readPolicyFiles([path]);
  if (!loaded.policy) {
    const errors = loaded.diagnostics.filter((d) => d.severity === "error");
    throw new ExitCodeError(
      `invalid metadata policy ${path}: ${errors.map((d) => `${d.code}${d.line ? ` (line ${d.line})` : ""}: ${d.message}`).join("; ")}`,
      EXIT.usage,
    );
  }
  cache.set(path, { mtimeMs, policy: loaded.policy });
  return loaded.policy;
}

export async function judgeWrite(plan: MetadataWritePlan, path: string): Promise<void> {
  const policy = load(path);
  const { before, policyPath: _policyPath, ...write } = plan;
  const decision = judgeMetadataWrite(policy, { ...write, before: await before() });
  for (const w of decision.warnings.filter((f) => f.enforcement === "warn" || f.enforcement === "deny"))
    process.stderr.write(`policy ${w.enforcement}: ${w.ruleId}${w.key !== null ? ` [${w.key}]` : ""}: ${w.message}\n`);
  if (decision.decision === "deny") throw new PolicyDeniedError(decision);
}
