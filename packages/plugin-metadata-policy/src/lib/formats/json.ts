import type { Report } from "../report.js";

/** The stable JSON report (schemaVersion "1"); additions are backwards compatible, removals bump the version. */
export const renderJson = (report: Report): string => JSON.stringify(report, null, 2);
