export * from "./engine/index.js";
export {
  metadataPolicy,
  MetadataPolicyError,
  MetadataPolicyStateError,
  type MetadataPolicyOptions,
} from "./middleware/index.js";
export { findCaseDirs, readCase } from "./fixtures.js";
