import { Errors, type Config, type Hook, type Interfaces } from "@oclif/core";
import type { Image, MetadataWrite, MetadataWriteImage } from "@imgctl/types";
import type { Image as Image2026 } from "@imgctl/types/2026-08";

/**
 * The planned metadata write that `metadata:write` handlers may inspect or veto: the shared description of a metadata
 * write (`MetadataWrite` of @imgctl/types, keyed by the spec's operation id), with the state before the write read on
 * demand, so a handler that does not judge it (no policy configured) costs no request.
 */
// A type alias, not an interface: oclif's HookMeta needs `options` assignable to Record<string, unknown>.
export type MetadataWritePlan = Omit<MetadataWrite, "projectId" | "regionId" | "metadata" | "before"> & {
  projectId: number;
  regionId: number;
  /** The metadata to write (merge, replace, create, update); in 2026-08 (`apiVersion`) the request's `tags`, for
   * `imagesUpdate` a merge patch (a null value deletes the key, null clears every user tag). */
  metadata?: Record<string, string | null> | null;
  /** The image before the write; read once, on the first call (no request for a create or a command that has it). */
  before: () => Promise<MetadataWriteImage>;
  /** The policy file of the active profile or IMGCTL_POLICY, if any. */
  policyPath?: string;
};

/** An API image of either generation (2025-04 `metadata_detailed`, 2026-08 `tags_v2`) as the state a metadata write starts from. */
export function writeImageOf(image: Image | Image2026): MetadataWriteImage {
  const items = "tags_v2" in image ? image.tags_v2 : image.metadata_detailed;
  return {
    id: image.id,
    name: image.name,
    visibility: image.visibility,
    metadata: items.map((m) => ({ key: m.key, value: m.value, read_only: m.read_only === true })),
  };
}

/** imgctl's custom oclif hook events, for `Hook<"metadata:write", ImgctlHooks>` in plugins. */
export interface ImgctlHooks extends Interfaces.Hooks {
  // biome-ignore lint/suspicious/noConfusingVoidType: oclif's Hooks map declares a hook without a result as `return: void`
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
