import type { ReportResult } from "../report.js";

/** Images have no file: `<project>/<region>/images/<id>[/metadata/<key>]` names where a finding is (SARIF logical location). */
export function logicalName(image: ReportResult["image"], key: string | null): string {
  const base = `${image.projectId ?? "-"}/${image.regionId ?? "-"}/images/${image.id ?? image.name ?? "-"}`;
  return key === null ? base : `${base}/metadata/${key}`;
}

export const imageLabel = (image: ReportResult["image"]) =>
  image.name ? `${image.name} (${image.id ?? "-"})` : (image.id ?? "-");
