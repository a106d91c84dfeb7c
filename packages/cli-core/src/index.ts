// Public surface of @imgctl/cli-core, for apps/cli and plugins. Everything here is light to
// import: the client and the emulator are loaded only when a command asks for a client.
export { BaseCommand, type BaseArgs, type BaseFlags, type MetadataWriteIntent } from "./base-command.js";
export {
  globalFlags,
  metadataFlag,
  policyFlag,
  parseKeyValue,
  toMetadataMap,
  uuidArg,
  type KeyValue,
} from "./flags.js";
export {
  runMetadataWriteHook,
  writeImageOf,
  MetadataWriteRefusedError,
  type ImgctlHooks,
  type MetadataWriteHook,
  type MetadataWritePlan,
} from "./hooks.js";
export { EXIT, renderError, isApiError, type RenderedError } from "./errors.js";
export { renderTable, renderKeyValues, terminalWidth, type Column, type TableOptions } from "./table.js";
export { colorEnabled, bold, dim } from "./color.js";
export { redact } from "./redact.js";
export { createDebugLogger, type Logger } from "./debug-logger.js";
export { canPrompt, confirm, type PromptStreams } from "./prompt.js";
export { openLocalEmulator, localTaskMs, type LocalEmulator, type LocalEmulatorOptions } from "./local-emulator.js";
export { configDir, configFile, dataDir, localDbPath } from "./config/paths.js";
export { ConfigStore, type ConfigData } from "./config/store.js";
export { resolveSettings, UnknownProfileError, type ConnectionFlags, type Settings } from "./config/resolve.js";
export {
  API_VERSIONS,
  LIVE_API_VERSION,
  defaultApiVersion,
  DEFAULT_API_URL,
  LOCAL_API_KEY,
  LOCAL_API_URL,
  LOCAL_DEFAULTS,
  LOCAL_PROFILE,
  PROFILE_KEYS,
  isLocalApiUrl,
  isValidProfileName,
  parseProfileValue,
  type Profile,
  type ProfileField,
  type ProfileKey,
} from "./config/profile.js";
