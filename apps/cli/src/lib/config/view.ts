import {
  DEFAULT_API_URL,
  LOCAL_DEFAULTS,
  LOCAL_PROFILE,
  defaultApiVersion,
  type ConfigData,
  type Profile,
} from "@imgctl/cli-core";

/** A profile as shown by `config list/get`: the API key is never shown, only whether it is set. */
export interface ProfileView {
  name: string;
  current: boolean;
  apiUrl: string | null;
  apiKey: "***" | null;
  project: number | null;
  region: number | null;
  policy: string | null;
  /** The generation the profile speaks: its `api-version`, else the one its base URL gets by default. */
  apiVersion: string;
}

function viewProfile(name: string, p: Profile, current: boolean): ProfileView {
  return {
    name,
    current,
    apiUrl: p.apiUrl ?? null,
    apiKey: p.apiKey ? "***" : null,
    project: p.project ?? null,
    region: p.region ?? null,
    policy: p.policy ?? null,
    apiVersion: p.apiVersion ?? defaultApiVersion(p.apiUrl ?? DEFAULT_API_URL),
  };
}

/** Every stored profile plus the built-in `local` one, with the local defaults filled in. */
export function listProfiles(data: ConfigData, currentName: string): ProfileView[] {
  const names = new Set([LOCAL_PROFILE, ...Object.keys(data.profiles)]);
  return [...names].sort().map((name) => {
    const stored = data.profiles[name] ?? {};
    const p = name === LOCAL_PROFILE ? { ...LOCAL_DEFAULTS, ...stored } : stored;
    return viewProfile(name, p, name === currentName);
  });
}
