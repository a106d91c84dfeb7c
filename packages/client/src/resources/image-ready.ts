import type { Image } from "@imgctl/types";
import { ImageFailedError, ImageWaitTimeoutError, TimeoutError } from "../errors.js";
import { sleep } from "../fetch/retry.js";
import type { RequestOptions } from "../options.js";
import { DEFAULT_WAIT_INTERVAL, DEFAULT_WAIT_TIMEOUT, type WaitOptions } from "./tasks.js";

/** What `uploadAndWait` takes on top of the task wait's options. */
export interface ImageWaitOptions extends WaitOptions {
  /** Called with the image after every poll, once the task has finished (`queued` → `saving` → `active`). */
  onImageProgress?: ((image: Image) => void) | undefined;
}

/**
 * Statuses on the way to `active`. The upload task may finish while the image is still being
 * written (`saving`, size 0), so the image itself is polled; any other status means it will never
 * become usable (the official SDK's `upload_and_poll` draws the same line).
 */
const ON_THE_WAY = new Set(["queued", "saving", "active"]);

/** Whether the image can be used: `active` and its size known (a size of 0 or null is still being written). */
const isReady = (image: Image): boolean => image.status === "active" && !!image.size;

/**
 * Polls the image (first poll at once) until it is ready; rejects with `ImageFailedError` when it
 * leaves the way to `active`, with `ImageWaitTimeoutError` after `timeout`.
 */
export async function waitForImage(
  imageId: string,
  get: (opts: RequestOptions) => Promise<Image>,
  clientTimeout: number,
  opts: ImageWaitOptions = {},
): Promise<Image> {
  const { interval = DEFAULT_WAIT_INTERVAL, timeout = DEFAULT_WAIT_TIMEOUT, signal } = opts;
  const deadline = Date.now() + timeout;
  let image: Image | undefined;
  for (;;) {
    try {
      // A poll may not outlive the wait: its own timeout is cut to the time left.
      image = await get({ signal, timeout: Math.max(1, Math.min(clientTimeout, deadline - Date.now())) });
    } catch (error) {
      if (error instanceof TimeoutError && Date.now() >= deadline)
        throw new ImageWaitTimeoutError(imageId, timeout, image);
      throw error;
    }
    opts.onImageProgress?.(image);
    if (isReady(image)) return image;
    if (!ON_THE_WAY.has(image.status)) throw new ImageFailedError(image);
    const left = deadline - Date.now();
    if (left <= 0) throw new ImageWaitTimeoutError(imageId, timeout, image);
    await sleep(Math.min(interval, left), signal);
  }
}
