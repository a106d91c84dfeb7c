import type { ApiVersion } from "@imgctl/types";

/** The API generations a profile may name (the client's and the emulator's list). */
export const API_VERSIONS = ["2025-04", "2026-08"] as const satisfies readonly ApiVersion[];
/** What Gcore's live API speaks: a profile pointed at it without an `api-version` gets this one. */
export const LIVE_API_VERSION: ApiVersion = "2026-08";

/** What a named profile may hold. Every field is optional; resolution fills the gaps. */
export interface Profile {
  /** Base URL of the API, e.g. https://api.gcore.com/cloud. */
  apiUrl?: string;
  /** API key (sent as `Authorization: APIKey <key>`); never printed. */
  apiKey?: string;
  project?: number;
  region?: number;
  /** Path of a metadata policy file, passed to `metadata:write` hook handlers. */
  policy?: string;
  /** The API generation to speak; unset: 2026-08 on Gcore's hosts, 2025-04 elsewhere (the local emulator). */
  apiVersion?: ApiVersion;
}

export type ProfileField = keyof Profile;

/** The names users type (`imgctl config set api-url …`) and the profile fields they map to. */
export const PROFILE_KEYS = {
  "api-url": "apiUrl",
  "api-key": "apiKey",
  project: "project",
  region: "region",
  policy: "policy",
  "api-version": "apiVersion",
} as const satisfies Record<string, ProfileField>;

export type ProfileKey = keyof typeof PROFILE_KEYS;

export const LOCAL_PROFILE = "local";
/** The base URL that means "the emulator in this process" (no socket is ever opened). */
export const LOCAL_API_URL = "http://imgctl.local/cloud";
export const DEFAULT_API_URL = "https://api.gcore.com/cloud";
/** The demo fixture's key of client 1001 "Alpha Corp" (public, only valid on the emulator). */
export const LOCAL_API_KEY = "imgctl-demo$alpha";

/** Built-in defaults of the `local` profile: the emulator, demo key, project 10, region 1. */
export const LOCAL_DEFAULTS: Readonly<Required<Omit<Profile, "policy" | "apiVersion">>> = Object.freeze({
  apiUrl: LOCAL_API_URL,
  apiKey: LOCAL_API_KEY,
  project: 10,
  region: 1,
});

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export function isValidProfileName(name: string): boolean {
  return NAME.test(name);
}

/** Parses and checks a value typed for a profile key; throws an Error with a user-facing message. */
export function parseProfileValue(key: ProfileKey, raw: string): string | number {
  switch (key) {
    case "project":
    case "region": {
      const n = Number(raw);
      if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < 1)
        throw new Error(`${key} must be a positive integer, got "${raw}"`);
      return n;
    }
    case "api-url": {
      // The value is quoted back with any `user:password@` hidden: a password must not reach the terminal.
      const shown = raw.replace(/(\b[a-z][a-z\d+.-]*:[\\/]*)[^/?#\s\\]*@/gi, "$1***@");
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        throw new Error(`api-url must be an http(s) URL, got "${shown}"`);
      }
      if (url.protocol !== "http:" && url.protocol !== "https:")
        throw new Error(`api-url must be an http(s) URL, got "${shown}"`);
      // The API takes its key in a header; fetch refuses URLs with credentials, so such a URL could only fail.
      if (url.username || url.password) {
        throw new Error(
          `api-url must not contain a user name or password (got "${shown}"); give the key with --api-key, GCORE_API_KEY or \`imgctl config set api-key\``,
        );
      }
      return raw.replace(/\/+$/, "");
    }
    case "api-key":
      if (!raw.trim()) throw new Error("api-key must not be empty");
      return raw.trim();
    case "policy":
      return raw;
    case "api-version":
      if (!(API_VERSIONS as readonly string[]).includes(raw))
        throw new Error(`api-version must be one of ${API_VERSIONS.join(", ")}, got "${raw}"`);
      return raw;
  }
}

/**
 * The generation a base URL speaks when nothing names one: Gcore's own hosts speak today's API, any other URL (the
 * local emulator, a test server) the seed generation every existing setup was written for. The client decides the
 * same way; the CLI resolves it itself so that a command can say what the generation lacks before any request.
 */
export function defaultApiVersion(apiUrl: string): ApiVersion {
  let host: string;
  try {
    host = new URL(apiUrl).hostname;
  } catch {
    return "2025-04";
  }
  return host === "gcore.com" || host.endsWith(".gcore.com") ? LIVE_API_VERSION : "2025-04";
}

export function isLocalApiUrl(url: string): boolean {
  return url.replace(/\/+$/, "") === LOCAL_API_URL;
}
