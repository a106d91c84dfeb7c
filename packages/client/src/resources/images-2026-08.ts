import type {
  Image,
  ImageCreateFromVolume,
  ImageDownload,
  ImageList,
  ImageListQuery,
  ImageUpdate,
  Tag,
  TagList,
  TagMap,
  TagUpdateMap,
  TaskIdList,
} from "@imgctl/types/2026-08";
import type { Scope } from "../context.js";
import type { RequestOptions } from "../options.js";
import type { WaitOptions } from "./tasks.js";
import { pages } from "./paging.js";

/**
 * The 2026-08 list filters and paging, as callers write them. `tag_key` is sent as repeated keys
 * (`?tag_key=a&tag_key=b`, every key must be present); `tag_key_value` as the JSON object the
 * API takes (`{"env":"prod"}`, every pair must match).
 */
export interface ImageListParams2026_08 extends Scope, Omit<ImageListQuery, "tag_key" | "tag_key_value" | "private"> {
  /** Only images that have every one of these tag keys (any value). */
  tag_key?: string | readonly string[];
  /** Only images that have all of these tags. An object is sent as JSON; a string is sent as it is. */
  tag_key_value?: Readonly<Record<string, string>> | string;
  /** Only the project's own images. */
  private?: boolean;
}
/** `listAll` pages by itself: `limit` is the page size (default 1000, the API's most), `offset` where it starts. */
export type ImageListAllParams2026_08 = ImageListParams2026_08;
export interface ImageGetParams2026_08 extends Scope {
  /** Fill the price fields (null without it). */
  include_prices?: boolean;
}
export type ImageCreateParams2026_08 = ImageCreateFromVolume & Scope;
export type ImageUpdateParams2026_08 = ImageUpdate & Scope;
export type ImageUploadParams2026_08 = ImageDownload & Scope;
export interface ImageWaitOptions2026_08 extends WaitOptions {
  /** Called with the image after every poll, once the task has finished. */
  onImageProgress?: ((image: Image) => void) | undefined;
}

/**
 * An image's tags in 2026-08, written with one `PATCH` of the image whose `tags` is a JSON Merge
 * Patch: a value sets a key, `null` deletes it, keys not named stay, read-only tags are kept.
 * Each method resolves with the image as the PATCH left it.
 */
export interface TagsResource {
  /** The image's tags (`tags_v2`), read-only ones included (read with one GET of the image). */
  list(imageId: string, params?: Scope, opts?: RequestOptions): Promise<Tag[]>;
  /** Adds or overwrites these tags; the others stay. */
  set(imageId: string, tags: TagMap, params?: Scope, opts?: RequestOptions): Promise<Image>;
  /** Deletes these keys (a key the image does not have is no error); the others stay. */
  unset(imageId: string, keys: readonly string[], params?: Scope, opts?: RequestOptions): Promise<Image>;
  /** Sends the merge patch as given: `{ a: "1", b: null }` sets a and deletes b; `null` deletes every user tag. */
  patch(imageId: string, patch: TagUpdateMap, params?: Scope, opts?: RequestOptions): Promise<Image>;
  /**
   * Makes the user tags exactly these: reads the image, then one PATCH that sets these and sends
   * `null` for every other user key (read-only tags stay). Two calls: a tag written by someone else
   * between them is deleted.
   */
  replace(imageId: string, tags: TagMap, params?: Scope, opts?: RequestOptions): Promise<Image>;
}

/**
 * 2026-08's deprecated `/metadata` endpoints, still served (writes answer 204); reachable for
 * scripts that need them, otherwise use `images.tags`.
 * @deprecated Use `images.tags` (one PATCH of the image).
 */
export interface MetadataResource2026_08 {
  /** @deprecated Use `images.tags.list`. */
  list(imageId: string, params?: Scope, opts?: RequestOptions): Promise<TagList>;
  /** @deprecated Use `images.tags.set`. */
  merge(imageId: string, tags: TagMap, params?: Scope, opts?: RequestOptions): Promise<void>;
  /** @deprecated Use `images.tags.replace`. */
  replace(imageId: string, tags: TagMap, params?: Scope, opts?: RequestOptions): Promise<void>;
  /** @deprecated Use `images.tags.list`. */
  get(imageId: string, key: string, params?: Scope, opts?: RequestOptions): Promise<Tag>;
  /** @deprecated Use `images.tags.unset`. */
  delete(imageId: string, key: string, params?: Scope, opts?: RequestOptions): Promise<void>;
}

/** Images in 2026-08: the 2025-04 methods with 2026-08 shapes, plus `listAll` and `tags`. No shared or reseller images. */
export interface ImagesResource2026_08 {
  /** Tag writes by PATCH merge patch. */
  readonly tags: TagsResource;
  /** @deprecated The deprecated `/metadata` endpoints; use `tags`. */
  readonly metadata: MetadataResource2026_08;
  /** One page (`limit` 1–1000, default 1000, from `offset`) of the images the project may use; `count` is the total. */
  list(params?: ImageListParams2026_08, opts?: RequestOptions): Promise<ImageList>;
  /**
   * Every matching image, page after page, fetched as the loop gets there (one page in memory):
   * `for await (const image of client.images.listAll({ tag_key_value: { env: "prod" } }))`.
   */
  listAll(params?: ImageListAllParams2026_08, opts?: RequestOptions): AsyncGenerator<Image, void, undefined>;
  /** The project's own images (2026-08 takes no filters here, only `include_prices`). */
  listOwned(params?: ImageGetParams2026_08, opts?: RequestOptions): Promise<ImageList>;
  get(imageId: string, params?: ImageGetParams2026_08, opts?: RequestOptions): Promise<Image>;
  create(params: ImageCreateParams2026_08, opts?: RequestOptions): Promise<TaskIdList>;
  /** Changes image fields; `tags` is a merge patch (see {@link TagsResource}). */
  update(imageId: string, params: ImageUpdateParams2026_08, opts?: RequestOptions): Promise<Image>;
  delete(imageId: string, params?: Scope, opts?: RequestOptions): Promise<TaskIdList>;
  createAndWait(params: ImageCreateParams2026_08, opts?: RequestOptions & WaitOptions): Promise<Image>;
  deleteAndWait(imageId: string, params?: Scope, opts?: RequestOptions & WaitOptions): Promise<void>;
  upload(params: ImageUploadParams2026_08, opts?: RequestOptions): Promise<TaskIdList>;
  uploadAndWait(params: ImageUploadParams2026_08, opts?: RequestOptions & ImageWaitOptions2026_08): Promise<Image>;
}

/** Bare-metal images in 2026-08: the same filters and paging as `images.list`. */
export interface BaremetalImagesResource2026_08 {
  list(params?: ImageListParams2026_08, opts?: RequestOptions): Promise<ImageList>;
  create(params: ImageCreateParams2026_08, opts?: RequestOptions): Promise<TaskIdList>;
  createAndWait(params: ImageCreateParams2026_08, opts?: RequestOptions & WaitOptions): Promise<Image>;
}

/** The largest page the 2026-08 list serves, and its default. */
const MAX_IMAGE_PAGE = 1000;

/** Adds what 2026-08 has on top of the shared image methods: `listAll` and `tags`. */
export function addImages2026_08(images: ImagesResource2026_08): void {
  // Paging continues from where the first page starts; the scope and filters ride along unchanged.
  images.listAll = (params = {}, opts) =>
    pages((limit, offset) => images.list({ ...params, limit, offset }, opts), {
      limit: params.limit ?? MAX_IMAGE_PAGE,
      offset: params.offset,
    });
  const scope = (p?: Scope): Scope => ({ project_id: p?.project_id, region_id: p?.region_id });
  const patch = (id: string, tags: TagUpdateMap, p?: Scope, o?: RequestOptions) =>
    images.update(id, { ...scope(p), tags }, o);
  (images as { tags: TagsResource }).tags = {
    list: async (id, p, o) => (await images.get(id, scope(p), o)).tags_v2,
    set: patch,
    patch,
    unset: (id, keys, p, o) => patch(id, Object.fromEntries(keys.map((k) => [k, null])), p, o),
    replace: async (id, tags, p, o) => {
      const current = await images.get(id, scope(p), o);
      const next: Record<string, string | null> = {};
      for (const tag of current.tags_v2) if (!tag.read_only && !(tag.key in tags)) next[tag.key] = null;
      return patch(id, Object.assign(next, tags), p, o);
    },
  };
}
