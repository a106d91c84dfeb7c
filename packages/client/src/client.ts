import type { paths } from "@imgctl/types";
import { LIVE_API_VERSION, type ApiVersion } from "./api-version.js";
import type { ImagesClient2026_08 } from "./client-2026-08.js";
import { NotInApiVersionError } from "./errors.js";
import createClient, { createQuerySerializer, type Client, type Middleware } from "openapi-fetch";
import { createContext } from "./context.js";
import { authorizationValue } from "./fetch/auth.js";
import { LazyRequest } from "./fetch/lazy-request.js";
import type { Backoff } from "./fetch/retry.js";
import { createSend, type SendOptions } from "./fetch/send.js";
import { resolveOptions, type ClientOptions, type ResolvedOptions } from "./options.js";
import { baremetalImagesResource, type BaremetalImagesResource } from "./resources/baremetal-images.js";
import { addImages2026_08, type ImagesResource2026_08 } from "./resources/images-2026-08.js";
import { imagesResource, type ImagesResource } from "./resources/images.js";
import { resellerImagesResource, type ResellerImagesResource } from "./resources/reseller-images.js";
import { sharedImagesResource, type SharedImagesResource } from "./resources/shared-images.js";
import { tasksResource, type TasksResource } from "./resources/tasks.js";

/** Not public API: knobs for this package's own tests. */
export interface InternalClientOptions extends ClientOptions {
  retryBackoff?: Backoff;
}

/** The Cloud Images API client: one resource per API section, plus raw access. */
export class ImagesClient {
  // `declare`: all assigned in the constructor, so no field initialisers are emitted (bundle size).
  /** The resolved options (never the API key). */
  declare readonly options: ResolvedOptions;
  /**
   * The API generation this client speaks (`options.apiVersion`). A client made without
   * `apiVersion` is typed as 2025-04 but may speak 2026-08 (the live API's default): check this,
   * or read tags with `imageTags()`, which works on both.
   */
  declare readonly apiVersion: ApiVersion;
  /** Images, and their metadata under `images.metadata`. */
  declare readonly images: ImagesResource;
  /** Bare-metal images: list and create (they are images; `images.get` reads one). */
  declare readonly baremetalImages: BaremetalImagesResource;
  /** Shared-image records (public image limits and image sharing). */
  declare readonly sharedImages: SharedImagesResource;
  /** @deprecated Reseller image limits; use `sharedImages` with `entity_type: "reseller"`. */
  declare readonly resellerImages: ResellerImagesResource;
  /** Asynchronous tasks: get, wait, list (every page with `listAll`), acknowledge. */
  declare readonly tasks: TasksResource;
  /**
   * The underlying openapi-fetch client: every path of the API, typed, relative to `baseUrl`.
   * It answers `{ data, error, response }` and does not throw on 4xx/5xx.
   */
  declare readonly raw: Client<paths>;
  /**
   * The transport with auth, retries, timeout and logging but without openapi-fetch middleware:
   * `client.fetch(new Request(url))`. Resolves with any HTTP answer; rejects with
   * ConnectionError / TimeoutError, or the abort reason of `request.signal`.
   */
  declare readonly fetch: (request: Request, options?: SendOptions) => Promise<Response>;

  constructor(options: ClientOptions = {}) {
    const { apiKey, ...resolved } = resolveOptions(options);
    this.options = Object.freeze(resolved);
    const authorization = authorizationValue(apiKey);
    // The platform fetch takes `init` (no extra Request per call); a custom one gets a Request only.
    // The global is looked up per call, so a fetch patched after construction (a proxy agent) is used.
    const send = createSend(
      options.fetch === globalThis.fetch ? undefined : options.fetch,
      authorization,
      resolved,
      options.logger,
      (options as InternalClientOptions).retryBackoff,
    );
    this.fetch = send;
    // openapi-fetch's default serializer, made once: without it, every call builds a new one.
    const querySerializer = createQuerySerializer();
    // Auth as a base header: a Request is built once, with it (no copy per call). Lower case, so
    // that a resource call's own headers replace them whatever their case.
    const headers: Record<string, string> = {};
    for (const k in options.headers) headers[k.toLowerCase()] = options.headers[k]!;
    if (authorization) headers.authorization = authorization;
    this.raw = createClient<paths>({
      baseUrl: resolved.baseUrl,
      fetch: (request: Request) => send(request),
      Request: LazyRequest,
      headers,
      querySerializer,
    });
    // The middleware registered on `raw`, mirrored: without any, resource calls skip the Request.
    const middleware: Middleware[] = [];
    const { use, eject } = this.raw;
    this.raw.use = (...list) => {
      for (const m of list) {
        use(m);
        if (m) middleware.push(m);
      }
    };
    this.raw.eject = (...list) => {
      eject(...list);
      for (const m of list) if (middleware.includes(m)) middleware.splice(middleware.indexOf(m), 1);
    };
    const ctx = createContext(this.raw, send, resolved, middleware, headers, querySerializer);
    this.apiVersion = resolved.apiVersion;
    this.tasks = tasksResource(ctx);
    this.images = imagesResource(ctx, this.tasks);
    this.baremetalImages = baremetalImagesResource(ctx, this.tasks, this.images);
    if (resolved.apiVersion === "2025-04") {
      this.sharedImages = sharedImagesResource(ctx);
      this.resellerImages = resellerImagesResource(ctx);
      return;
    }
    addImages2026_08(this.images as unknown as ImagesResource2026_08);
    // Gone from the 2026-08 API: a clear error naming the generation that has them, not a 404.
    for (const name of ["sharedImages", "resellerImages"]) {
      Object.defineProperty(this, name, {
        get() {
          throw new NotInApiVersionError(
            `${name} exists in API 2025-04 only; this client speaks ${resolved.apiVersion}: create one with apiVersion: "2025-04"`,
          );
        },
      });
    }
  }

  /**
   * Adds openapi-fetch middleware (`onRequest` / `onResponse` / `onError`) to every call of the
   * resources and of `raw`. It runs once per call, outside the retries.
   */
  use(...middleware: Middleware[]): this {
    this.raw.use(...middleware);
    return this;
  }

  /** Removes middleware added with `use`. */
  eject(...middleware: Middleware[]): this {
    this.raw.eject(...middleware);
    return this;
  }

  toString(): string {
    const { baseUrl, projectId, regionId } = this.options;
    return `ImagesClient(${baseUrl}, project ${projectId ?? "-"}, region ${regionId ?? "-"})`;
  }

  toJSON(): ResolvedOptions {
    return this.options;
  }

  // util.inspect / console.log: the options, nothing else (and so never a credential).
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `ImagesClient ${JSON.stringify(this.options)}`;
  }
}

/** The client type of one API generation. */
export type ImagesClientFor<V extends ApiVersion> = V extends "2026-08" ? ImagesClient2026_08 : ImagesClient;
/** A client of either generation; narrow it with `isApiVersion(client, "2026-08")`. */
export type AnyImagesClient = ImagesClient | ImagesClient2026_08;

/**
 * A client for the Cloud Images API. Options fall back to `GCORE_API_KEY`, `GCORE_BASE_URL`,
 * `GCORE_CLOUD_PROJECT_ID`, `GCORE_CLOUD_REGION_ID` and `GCORE_API_VERSION`. With
 * `apiVersion: "2026-08"` it is typed as that generation's client; without, as the 2025-04 one
 * (as before generations existed), although it speaks 2026-08 against Gcore's hosts.
 *
 * ```ts
 * const client = createImagesClient({ apiVersion: "2026-08", apiKey, projectId: 10, regionId: 1 });
 * for await (const image of client.images.listAll({ tag_key_value: { env: "prod" } })) console.log(image.name);
 * ```
 */
export function createImagesClient(options: ClientOptions & { apiVersion: "2026-08" }): ImagesClient2026_08;
export function createImagesClient(options: ClientOptions & { apiVersion: "2025-04" }): ImagesClient;
/** A generation known only at run time (a profile setting): narrow the result with `isApiVersion`. */
export function createImagesClient(options: ClientOptions & { apiVersion: ApiVersion }): AnyImagesClient;
/** Without `apiVersion`: typed as the 2025-04 client, as before generations existed. */
export function createImagesClient(options?: ClientOptions): ImagesClient;
export function createImagesClient(options?: ClientOptions): AnyImagesClient {
  return new ImagesClient(options);
}

/** Whether `client` speaks `version`, narrowing its type to that generation's client. */
export function isApiVersion<V extends ApiVersion>(client: AnyImagesClient, version: V): client is ImagesClientFor<V> {
  return client.apiVersion === version;
}

export { LIVE_API_VERSION };
