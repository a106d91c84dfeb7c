import type { paths } from "@imgctl/types/2026-08";
import type { Client, Middleware } from "openapi-fetch";
import type { SendOptions } from "./fetch/send.js";
import type { ResolvedOptions } from "./options.js";
import type { BaremetalImagesResource2026_08, ImagesResource2026_08 } from "./resources/images-2026-08.js";
import type { TasksResource } from "./resources/tasks.js";

/**
 * The client of API 2026-08 (Gcore's API today), as `createImagesClient({ apiVersion: "2026-08" })`
 * returns it: the same object as the 2025-04 client, typed with the 2026-08 shapes. It has no
 * `sharedImages` or `resellerImages` (gone from the published API); tags are written with
 * `images.tags` (PATCH merge patch); lists page (`images.listAll`).
 */
export interface ImagesClient2026_08 {
  readonly apiVersion: "2026-08";
  /** The resolved options (never the API key). */
  readonly options: ResolvedOptions;
  /** Images, their tags under `images.tags`. */
  readonly images: ImagesResource2026_08;
  /** Bare-metal images: list (same filters and paging as `images.list`) and create. */
  readonly baremetalImages: BaremetalImagesResource2026_08;
  /** Asynchronous tasks. */
  readonly tasks: TasksResource;
  /** The underlying openapi-fetch client, typed with the 2026-08 paths. */
  readonly raw: Client<paths>;
  /** The transport with auth, retries, timeout and logging (see the 2025-04 client). */
  readonly fetch: (request: Request, options?: SendOptions) => Promise<Response>;
  use(...middleware: Middleware[]): this;
  eject(...middleware: Middleware[]): this;
  toJSON(): ResolvedOptions;
}
