import { ConfigStore } from "./store.js";
import type { ApiVersion } from "@imgctl/types";
import {
  DEFAULT_API_URL,
  LOCAL_DEFAULTS,
  LOCAL_PROFILE,
  defaultApiVersion,
  isLocalApiUrl,
  type Profile,
} from "./profile.js";

/** Values from the command line; oclif has already merged the GCORE_* / IMGCTL_* env fallbacks in. */
export interface ConnectionFlags {
  profile?: string | undefined;
  project?: number | undefined;
  region?: number | undefined;
  "api-url"?: string | undefined;
  "api-key"?: string | undefined;
  "api-version"?: ApiVersion | undefined;
}

export interface Settings {
  profile: string;
  apiUrl: string;
  apiKey?: string;
  project?: number;
  region?: number;
  policy?: string;
  /** The API generation in effect: --api-version / GCORE_API_VERSION, else the profile's, else by the base URL. */
  apiVersion: ApiVersion;
  /** True when the API is the emulator in this process (the `local` profile by default). */
  local: boolean;
}

export class UnknownProfileError extends Error {
  readonly oclif = { exit: 2 };
  constructor(name: string) {
    super(`profile "${name}" does not exist; see \`imgctl config list\``);
  }
}

/**
 * Precedence: flags > environment > profile > defaults. The environment is already folded into
 * `flags` by the flag definitions, except IMGCTL_POLICY which has no flag.
 */
export function resolveSettings(
  flags: ConnectionFlags,
  store: ConfigStore = new ConfigStore(),
  env: Record<string, string | undefined> = process.env,
): Settings {
  const data = store.read();
  const name = flags.profile ?? store.currentName(data);
  const stored: Profile | undefined = data.profiles[name];
  if (!stored && name !== LOCAL_PROFILE) throw new UnknownProfileError(name);
  const defaults: Profile = name === LOCAL_PROFILE ? LOCAL_DEFAULTS : { apiUrl: DEFAULT_API_URL };
  const profile: Profile = { ...defaults, ...stored };
  const apiUrl = (flags["api-url"] ?? profile.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, "");
  const apiVersion = flags["api-version"] ?? profile.apiVersion ?? defaultApiVersion(apiUrl);
  const settings: Settings = { profile: name, apiUrl, apiVersion, local: isLocalApiUrl(apiUrl) };
  const apiKey = flags["api-key"] ?? profile.apiKey;
  const project = flags.project ?? profile.project;
  const region = flags.region ?? profile.region;
  const policy = env.IMGCTL_POLICY || profile.policy;
  if (apiKey !== undefined) settings.apiKey = apiKey;
  if (project !== undefined) settings.project = project;
  if (region !== undefined) settings.region = region;
  if (policy) settings.policy = policy;
  return settings;
}
