// The floor CLI's code, bundled by bench/run.mjs into dist/ the way scripts/bundle.mjs bundles imgctl.
export { execute } from "@oclif/core/execute";
