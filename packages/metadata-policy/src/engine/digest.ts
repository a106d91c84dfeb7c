// Stable digest of the documents that make up a policy (key order independent).
import { createHash } from "node:crypto";

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === "object")
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  return v;
}

export function digestOf(docs: unknown[]): string {
  return (
    "sha256:" +
    createHash("sha256")
      .update(JSON.stringify(canonical(docs)))
      .digest("hex")
  );
}
