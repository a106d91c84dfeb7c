/** The API generations the toolkit speaks, oldest first: the seed's April-2025 API and Gcore's API as published in August 2026. */
export const apiVersions = ["2025-04", "2026-08"] as const;

/** One API generation. */
export type ApiVersion = (typeof apiVersions)[number];
