// Upload from a URL, as the emulator plays it: nothing is downloaded. A host under `.invalid`
// (a name reserved never to resolve) fails the download; any other URL succeeds, and the image's
// size is derived from the URL, so the same URL always gives the same size.
import type { TaskRow } from "../store/rows.js";

const GIB = 1_073_741_824;

/** Why the download of `url` fails, or undefined when it succeeds. */
export function downloadError(url: string): string | undefined {
  const host = new URL(url).hostname.toLowerCase().replace(/\.$/, "");
  if (host === "invalid" || host.endsWith(".invalid")) {
    return `Failed to download image from ${url}: could not resolve host ${host}`;
  }
  return undefined;
}

/** Bytes of the image at `url`: between 256 MiB and 4 GiB, a whole number of MiB. */
export function downloadedSize(url: string): number {
  let hash = 2166136261;
  for (let i = 0; i < url.length; i++) hash = Math.imul(hash ^ url.charCodeAt(i), 16777619) >>> 0;
  return (256 + (hash % 3841)) * 1_048_576;
}

/** The smallest boot volume, in GiB, that holds an image of `bytes`. */
export const minDiskFor = (bytes: number) => Math.max(1, Math.ceil(bytes / GIB));

/** The URL an upload task downloads (recorded in its data). */
export function uploadUrl(task: TaskRow): string {
  return (JSON.parse(task.data ?? "{}") as { url: string }).url;
}
