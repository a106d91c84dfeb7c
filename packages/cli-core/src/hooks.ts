import { Errors, type Config, type Hook, type Interfaces } from "@oclif/core";
import type { ImagesClient } from "@imgctl/client";

/** The planned metadata write that `metadata:write` handlers may inspect or veto. */
// A type alias, not an interface: oclif's HookMeta needs `options` assignable to Record<string, unknown>.
export type MetadataWritePlan = {
  operation: "merge" | "replace" | "delete" | "create" | "update";
  projectId: number;
  regionId: number;
  /** Absent for `create` (the image does not exist yet). */
  imageId?: string;
  /** The metadata to write (merge/replace/create/update). */
  metadata?: Record<string, string>;
  /** The key to delete (`delete`). */
  key?: string;
  /** The policy file of the active profile or IMGCTL_POLICY, if any. */
  policyPath?: string;
  /** The command's client, to read the current image (e.g. for merge checks). */
  client: ImagesClient;
};

/** imgctl's custom oclif hook events, for `Hook<"metadata:write", ImgctlHooks>` in plugins. */
export interface ImgctlHooks extends Interfaces.Hooks {
  "metadata:write": { options: MetadataWritePlan; return: void };
}

export type MetadataWriteHook = Hook<"metadata:write", ImgctlHooks>;

/** Raised when a `metadata:write` handler refuses the write; carries the handler's exit code. */
export class MetadataWriteRefusedError extends Errors.CLIError {
  constructor(
    message: string,
    readonly plugin: string,
    exit: number,
  ) {
    super(message, { exit });
    this.name = "MetadataWriteRefused";
  }
}

/**
 * Runs every `metadata:write` handler (they run in parallel) and throws
 * MetadataWriteRefusedError with the first failure's message and exit code (default 1).
 */
export async function runMetadataWriteHook(config: Config, plan: MetadataWritePlan): Promise<void> {
  // captureErrors = true: we report the failure ourselves instead of oclif's generic handling.
  const result = await config.runHook<"metadata:write", ImgctlHooks>("metadata:write", plan, undefined, true);
  const failure = result.failures[0];
  if (!failure) return;
  const error = failure.error as Error & { oclif?: { exit?: number } };
  const exit = typeof error.oclif?.exit === "number" && error.oclif.exit > 0 ? error.oclif.exit : 1;
  throw new MetadataWriteRefusedError(error.message || String(error), failure.plugin.name, exit);
}
