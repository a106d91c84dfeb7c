import type { Task, TaskIdList } from "@imgctl/types";
import { ImagesClientError } from "../errors.js";

/** The one task id that create, upload and delete answer with. */
export function firstTask({ tasks }: TaskIdList): string {
  if (!tasks[0]) throw new ImagesClientError("The API returned no task id");
  return tasks[0];
}

/** The image a finished create or upload task made (`created_resources.images[0]`). */
export function createdImage(task: Task): string {
  const id = task.created_resources?.images?.[0];
  if (!id) throw new ImagesClientError(`Task ${task.id} finished without created_resources.images`);
  return id;
}
