// Policy files on disk: reading (YAML/JSON, layers from metadata.layer) and discovery of .imgctl-policy.yaml.
import { readFileSync, statSync } from "node:fs";
import { discoverPolicy } from "./discover.js";
import { loadPolicies, MAX_POLICY_BYTES, tooLargeMessage, type LoadResult } from "@imgctl/metadata-policy/engine";
import { EXIT } from "@imgctl/cli-core";
import { ExitCodeError } from "./exit-error.js";

export function readPolicyFiles(paths: string[], now?: Date): LoadResult {
  const texts = paths.map((p) => {
    let size: number;
    try {
      size = statSync(p).size;
    } catch (e) {
      throw new ExitCodeError(
        `cannot read policy file ${p}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        EXIT.usage,
      );
    }
    // Refused before reading: the engine would refuse it too, but only after reading it all into memory.
    if (size > MAX_POLICY_BYTES) throw new ExitCodeError(`policy file ${p}: ${tooLargeMessage(size)}`, EXIT.usage);
    try {
      return { text: readFileSync(p, "utf8"), source: p };
    } catch (e) {
      throw new ExitCodeError(
        `cannot read policy file ${p}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        EXIT.usage,
      );
    }
  });
  return loadPolicies(texts, now ? { now } : {});
}

/** Explicit files, else the profile's policy, else a discovered .imgctl-policy.yaml; none is a usage error. */
export function resolvePolicyPaths(explicit: string[] | undefined, profilePolicy: string | undefined): string[] {
  if (explicit && explicit.length > 0) return explicit;
  if (profilePolicy) return [profilePolicy];
  const found = discoverPolicy();
  if (found) return [found];
  throw new ExitCodeError(
    "no policy: pass --policy FILE, set the profile's policy, or add .imgctl-policy.yaml",
    EXIT.usage,
  );
}
