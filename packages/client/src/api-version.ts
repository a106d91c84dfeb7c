import type { ApiVersion } from "@imgctl/types";
import { ApiVersionMismatchError, ClientOptionsError } from "./errors.js";

export type { ApiVersion };

/** The API generations this client speaks, oldest first. */
export const API_VERSIONS: readonly ApiVersion[] = ["2025-04", "2026-08"];

/** The generation of Gcore's live API: what a client pointed at it speaks unless told otherwise. */
export const LIVE_API_VERSION: ApiVersion = "2026-08";

/** The response header in which a server (the emulator) names the generation it speaks. */
export const API_VERSION_HEADER = "x-imgctl-api-version";

/**
 * The generation a client speaks: the option, else `GCORE_API_VERSION`, else by the base URL.
 * Gcore's own hosts speak today's API; any other URL (the emulator, a test server, a proxy) keeps
 * the seed generation that every existing setup was written for. A proxy in front of the live API
 * that is left at 2025-04 fails loudly on its first image (see {@link checkGeneration}).
 */
export function resolveApiVersion(
  option: string | undefined,
  fromEnv: string | undefined,
  baseUrl: string,
): ApiVersion {
  const value = option ?? fromEnv;
  if (value === undefined) return isGcoreHost(baseUrl) ? LIVE_API_VERSION : "2025-04";
  if (!API_VERSIONS.includes(value as ApiVersion)) {
    const name = option === undefined ? "GCORE_API_VERSION" : "apiVersion";
    throw new ClientOptionsError(`${name} must be one of ${API_VERSIONS.join(", ")}, got "${value}"`);
  }
  return value as ApiVersion;
}

function isGcoreHost(url: string): boolean {
  const host = new URL(url).hostname;
  return host === "gcore.com" || host.endsWith(".gcore.com");
}

/**
 * Throws `ApiVersionMismatchError` when an answer is from the other generation: the server names
 * another one in its header, or (servers that announce nothing, like the live API) an image in the
 * answer has the other generation's tag field. Otherwise a 2026-08 image read as 2025-04 would show
 * no metadata at all, and a filter the server does not know would be dropped without a word.
 */
export function checkGeneration(
  version: ApiVersion,
  headers: { get(name: string): string | null },
  data?: unknown,
): void {
  const announced = headers.get(API_VERSION_HEADER);
  if (announced) {
    if (announced !== version)
      throw new ApiVersionMismatchError(version, announced, `it answers with ${API_VERSION_HEADER}: ${announced}`);
    return;
  }
  const first = (data as { results?: unknown[] } | undefined)?.results?.[0] ?? data;
  if (!first || typeof first !== "object") return;
  if (version === "2025-04" && "tags_v2" in first)
    throw new ApiVersionMismatchError(version, "2026-08", "an image came back with tags_v2");
  if (version === "2026-08" && "metadata_detailed" in first)
    throw new ApiVersionMismatchError(version, "2025-04", "an image came back with metadata_detailed");
}
