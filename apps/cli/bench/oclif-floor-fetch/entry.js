// The fetch floor CLI's framework, bundled by bench/run.mjs into dist/ the way scripts/bundle.mjs
// bundles imgctl (its commands import `Command` from the bundle, as imgctl's do).
export { Command, execute } from "@oclif/core";
