import type { Command } from "@oclif/core";
import type { Image, Task, TaskIdList } from "@imgctl/types";
import { BaseCommand, renderKeyValues } from "@imgctl/cli-core";
import { imageDetails } from "./images/render.js";
import { createdImageId, waitForTask } from "./tasks/wait.js";

/** Base of the commands that start or follow tasks (create, delete, tasks wait). */
export abstract class TaskCommand<T extends typeof Command> extends BaseCommand<T> {
  protected async waitTask(taskId: string): Promise<Task> {
    return waitForTask({ client: await this.client(), json: this.jsonEnabled(), local: this.settings.local }, taskId);
  }

  protected printImage(image: Image): void {
    this.log(renderKeyValues(imageDetails(image), { color: this.color }));
  }

  protected printStarted(tasks: TaskIdList): void {
    for (const id of tasks.tasks) this.log(`started task ${id}; follow it with: ${this.config.bin} tasks wait ${id}`);
  }

  /** After `images create`: the task ids, or with --wait the image the task created. */
  protected async finishCreate(tasks: TaskIdList, wait: boolean | undefined): Promise<Image | TaskIdList> {
    const taskId = tasks.tasks[0];
    if (!wait || !taskId) {
      this.printStarted(tasks);
      return tasks;
    }
    const task = await this.waitTask(taskId);
    const client = await this.client();
    const image = await client.images.get(createdImageId(task), {
      project_id: this.projectId(),
      region_id: this.regionId(),
    });
    this.printImage(image);
    return image;
  }
}
