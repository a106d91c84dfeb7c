import type { Image } from "@imgctl/types";
import { answeredRetry } from "../context.js";
import { ConflictError, ConnectionError, InternalServerError, NotFoundError } from "../errors.js";

/**
 * Whether a failed DELETE may have been carried out all the same. Its answer can be lost after the
 * server did the work (a 5xx, a dropped connection, a timeout), and then the retry finds the image
 * gone (404) or locked by the delete task the lost attempt started (409). A 404 or 409 to the
 * first attempt is the truth about the image and stays an error.
 */
export function mayHaveDeleted(error: unknown): boolean {
  if (error instanceof NotFoundError || error instanceof ConflictError) return answeredRetry(error);
  return error instanceof InternalServerError || error instanceof ConnectionError;
}

/**
 * After a DELETE that may have been done: asks the image itself. Gone: done. Being deleted by a
 * task: that task to wait for. Otherwise the delete did not happen and `cause` is the answer.
 * A failed look (the API still unreachable) also leaves `cause` as the answer.
 */
export async function deleteOutcome(
  get: () => Promise<Image>,
  cause: unknown,
): Promise<{ gone: true } | { taskId: string }> {
  let image: Image;
  try {
    image = await get();
  } catch (error) {
    if (error instanceof NotFoundError) return { gone: true };
    throw cause;
  }
  if (image.status === "deleting" && image.task_id) return { taskId: image.task_id };
  throw cause;
}
