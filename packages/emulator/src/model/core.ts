// The emulator's state that every operation works on: the store, the task worker, the clock and
// the cache of serialized images.
import type { Store } from "../store/index.js";
import type { ImageDocCache } from "./image-cache.js";
import type { Clock, TaskWorker } from "./tasks.js";

export interface Core {
  store: Store;
  worker: TaskWorker;
  clock: Clock;
  docs: ImageDocCache;
}
