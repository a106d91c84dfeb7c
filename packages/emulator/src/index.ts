export { createEmulator } from "./emulator.js";
export { demoFixture, demoImageIds, demoKeys, demoVolumeId } from "./fixture/demo.js";
export { batchImageId } from "./fixture/batches.js";
export { readableProjects } from "./fixture/principals.js";
export type {
  Fixture,
  FixtureApiKey,
  FixtureClient,
  FixtureImage,
  FixtureImageBatch,
  FixtureProject,
  FixtureRegion,
  FixtureReseller,
  FixtureSharedImage,
  FixtureVolume,
} from "./fixture/types.js";
export type { PlainRequest, PlainResponse } from "./http/in-process.js";
export { API_VERSION_HEADER } from "./http/generation.js";
export type {
  ApiVersion,
  Emulator,
  EmulatorOptions,
  FaultConfig,
  FaultHit,
  FaultRule,
  ListenResult,
  TaskTiming,
} from "./types.js";
