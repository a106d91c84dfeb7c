// `policy check`: evaluate live images (project/region) or an offline snapshot, and build the report.
import type { ImagesClient } from "@imgctl/client";
import { evaluate } from "@imgctl/metadata-policy/engine";
import type { EffectivePolicy, Diagnostic, Enforcement, ImageContext } from "@imgctl/metadata-policy/engine";
import { fetchImages, readSnapshot } from "./images.js";
import { buildReport, type Report } from "./report.js";

export interface CheckSource {
  input?: string;
  client?: () => Promise<ImagesClient>;
  projectId?: () => number;
  regionId?: () => number;
  imageIds?: string[];
  owned?: boolean;
}

export async function loadImages(src: CheckSource): Promise<ImageContext[]> {
  if (src.input) {
    const all = readSnapshot(src.input);
    return src.imageIds?.length ? all.filter((i) => i.id !== undefined && src.imageIds!.includes(i.id)) : all;
  }
  const client = await src.client!();
  return fetchImages(client, {
    projectId: src.projectId!(),
    regionId: src.regionId!(),
    ...(src.imageIds ? { imageIds: src.imageIds } : {}),
    ...(src.owned ? { owned: true } : {}),
  });
}

/**
 * Public images of other projects (the provider's OS images) are in every listing but nobody but their owner can
 * change their metadata, so reporting them only adds findings no one can fix. They are left out unless asked for;
 * an image counts as the caller's when its project is the caller's. With no project known (a snapshot and no
 * --project), no public image is known to be the caller's, so all are left out.
 */
export function leaveOutForeignPublic(
  images: ImageContext[],
  callerProject: number | undefined,
): { images: ImageContext[]; skipped: number } {
  const kept = images.filter(
    (i) => i.visibility !== "public" || (callerProject !== undefined && i.projectId === callerProject),
  );
  return { images: kept, skipped: images.length - kept.length };
}

export function checkImages(
  policy: EffectivePolicy,
  images: ImageContext[],
  opts: { now: Date; ceiling?: Enforcement; maxFindings?: number; diagnostics?: Diagnostic[]; skippedPublic?: number },
): Report {
  const evaluations = images.map((image) =>
    evaluate(policy, image, { now: opts.now, ...(opts.ceiling ? { ceiling: opts.ceiling } : {}) }),
  );
  return buildReport(policy, evaluations, {
    now: opts.now,
    ...(opts.maxFindings !== undefined ? { maxFindings: opts.maxFindings } : {}),
    ...(opts.skippedPublic !== undefined ? { skippedPublic: opts.skippedPublic } : {}),
    diagnostics: (opts.diagnostics ?? []).filter((d) => d.severity === "warning"),
  });
}
