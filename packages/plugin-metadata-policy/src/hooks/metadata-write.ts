// The CLI's `metadata:write` hook: judge `imgctl images metadata set/replace/unset` and create/update with metadata
// before they are sent. Without a policy it costs one upward file lookup: the engine is imported only when needed.
import type { MetadataWriteHook } from "@imgctl/cli-core";
import { discoverPolicy } from "../lib/discover.js";

const hook: MetadataWriteHook = async (plan) => {
  const path = plan.policyPath ?? discoverPolicy(process.cwd());
  if (!path) return;
  const { judgeWrite } = await import("./judge-write.js");
  await judgeWrite(plan, path);
};

export default hook;
