import { createRequire } from "node:module";

/** The package version, for report `tool.version` and SARIF `driver.version`. */
export const VERSION: string = (createRequire(import.meta.url)("../../package.json") as { version: string }).version;
