// This file was generated from spec/ by packages/types/scripts/generate.mjs. Do not edit it; run `pnpm generate`.
/* eslint-disable */
export interface paths {
    "/v1/images/{project_id}/{region_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Project ID.
                 * @example 1
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Region ID.
                 * @example 1
                 */
                region_id: components["parameters"]["RegionId"];
            };
            cookie?: never;
        };
        /**
         * List images
         * @description Retrieve the images the project may use: its own images in the region, the public images,
         *     and the images shared with it. Filters combine with AND: every `tag_key` must be present,
         *     every pair of `tag_key_value` must match, `name` matches a part of the name and
         *     `os_distro` / `os_version` the whole value, all ignoring case. The list is paged with
         *     `limit` (default and maximum 1000) and `offset`; `count` is the number of matching images
         *     across all pages, so a caller pages until `offset + len(results)` reaches `count`.
         */
        get: operations["imagesList"];
        put?: never;
        /**
         * Create image
         * @description Create an image from a bootable volume. Returns at once with the id of a
         *     `create_image` task; when the task is `FINISHED`, `created_resources.images[0]`
         *     is the new image, which is then `active`. The body's `tags` become the image's user tags.
         */
        post: operations["imagesCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/downloadimage/{project_id}/{region_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Project ID.
                 * @example 1
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Region ID.
                 * @example 1
                 */
                region_id: components["parameters"]["RegionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload image
         * @description Upload an image from an `http` or `https` URL. Returns at once with the id of a
         *     `download_image` task; `created_resources.images[0]` of the task is the new image.
         *     The image goes `queued` → `saving` (`size` 0) → `active` (with its `size`). The task
         *     may finish while the image is still `saving`: poll the image until it is `active` with
         *     a non-zero `size`. A URL that cannot be downloaded ends the task in `ERROR`. The body's
         *     `tags` become the image's user tags.
         */
        post: operations["imagesUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bmimages/{project_id}/{region_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Project ID.
                 * @example 1
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Region ID.
                 * @example 1
                 */
                region_id: components["parameters"]["RegionId"];
            };
            cookie?: never;
        };
        /**
         * List bare metal images
         * @description Retrieve the bare-metal images the project may use: the same rules and filters as
         *     `GET /v1/images/{project_id}/{region_id}`, limited to images with `is_baremetal: true`,
         *     paged the same way (`count` is the number of matching images across all pages).
         */
        get: operations["baremetalImagesList"];
        put?: never;
        /**
         * Create bare metal image
         * @description Create a bare-metal image from a bootable volume: the body and the task are those of
         *     `POST /v1/images/{project_id}/{region_id}`, and the image has `is_baremetal: true`
         *     whatever the body says.
         */
        post: operations["baremetalImagesCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projectimages/{project_id}/{region_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Project ID.
                 * @example 1
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Region ID.
                 * @example 1
                 */
                region_id: components["parameters"]["RegionId"];
            };
            cookie?: never;
        };
        /**
         * List images owned by project
         * @description List images owned by project, in the region. Public and shared-in images are not included.
         *     No filters and no paging: `count` is the length of `results`.
         */
        get: operations["imagesListOwned"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/{project_id}/{region_id}/{image_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Project ID.
                 * @example 1
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Region ID.
                 * @example 1
                 */
                region_id: components["parameters"]["RegionId"];
                /**
                 * @description Image ID.
                 * @example 9c35f6e5-7a0a-4a1b-8f1e-2d1c5f3b4a01
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        /**
         * Get image
         * @description Get one image the project may see. An image the caller may not see is a 404, never a 403.
         */
        get: operations["imagesGet"];
        put?: never;
        post?: never;
        /**
         * Delete the image
         * @description Delete the image. Returns at once with the id of a `delete_image` task; when the
         *     task is `FINISHED` the image is gone (404).
         */
        delete: operations["imagesDelete"];
        options?: never;
        head?: never;
        /**
         * Update image
         * @description Update image properties and tags, synchronously. Only the owning project may change an
         *     image (403 otherwise). `tags` is a JSON Merge Patch (RFC 7386) of the user tags: a string
         *     value adds or replaces a tag, `null` deletes it, unlisted tags stay, and `tags: null`
         *     deletes every user tag. Read-only tags are always kept; a patch that names a read-only
         *     key is refused (403) and changes nothing. The body is `application/json` (the merge
         *     applies to `tags` only, so the body as a whole is not an `application/merge-patch+json`
         *     document, and that media type is refused with 415).
         */
        patch: operations["imagesUpdate"];
        trace?: never;
    };
    "/v1/images/{project_id}/{region_id}/{image_id}/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Project ID.
                 * @example 1
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Region ID.
                 * @example 1
                 */
                region_id: components["parameters"]["RegionId"];
                /**
                 * @description Image ID.
                 * @example 9c35f6e5-7a0a-4a1b-8f1e-2d1c5f3b4a01
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        /**
         * List image tags
         * @deprecated
         * @description Deprecated; read `tags_v2` of `GET /v1/images/{project_id}/{region_id}/{image_id}` instead. List all tags of an image, with their read-only flags.
         */
        get: operations["imageMetadataList"];
        /**
         * Replace image tags
         * @deprecated
         * @description Deprecated; use `PATCH /v1/images/{project_id}/{region_id}/{image_id}` with `tags`
         *     (`null` for the old keys, values for the new) instead. Every user tag is deleted and
         *     replaced with the tags of the request. Read-only tags are kept; a body that tries to
         *     change a read-only tag is refused (403).
         */
        put: operations["imageMetadataReplace"];
        /**
         * Create or update image tags
         * @deprecated
         * @description Deprecated; use `PATCH /v1/images/{project_id}/{region_id}/{image_id}` with `tags`
         *     instead. Create or update one or more tags of an image: a new key is added, an existing
         *     one gets the new value, other tags stay. Values are strings (delete with PATCH and a
         *     `null` value). Read-only tags cannot be changed (403).
         */
        post: operations["imageMetadataMerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/{project_id}/{region_id}/{image_id}/metadata_item": {
        parameters: {
            query: {
                /**
                 * @description The tag key.
                 * @example owner
                 */
                key: components["parameters"]["TagKey"];
            };
            header?: never;
            path: {
                /**
                 * @description Project ID.
                 * @example 1
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Region ID.
                 * @example 1
                 */
                region_id: components["parameters"]["RegionId"];
                /**
                 * @description Image ID.
                 * @example 9c35f6e5-7a0a-4a1b-8f1e-2d1c5f3b4a01
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        /**
         * Get image tag
         * @deprecated
         * @description Deprecated; read `tags_v2` of `GET /v1/images/{project_id}/{region_id}/{image_id}` instead. Get one tag of an image by its key.
         */
        get: operations["imageMetadataItemGet"];
        put?: never;
        post?: never;
        /**
         * Delete image tag
         * @deprecated
         * @description Deprecated; use `PATCH /v1/images/{project_id}/{region_id}/{image_id}` with
         *     `{"tags": {"<key>": null}}` instead. Delete one tag of an image by its key. Read-only tags
         *     cannot be deleted (403).
         */
        delete: operations["imageMetadataItemDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tasks
         * @description List the tasks the caller may see (those of the projects it may read), newest first
         *     unless `order_by=asc`. Filters combine with AND; a repeated key (`state`,
         *     `project_id`, `region_id`) matches any of its values. `count` is the number of
         *     matching tasks across all pages; page with `limit` and `offset`.
         */
        get: operations["tasksList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/acknowledge_all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge all tasks
         * @description Acknowledge every finished (`FINISHED` or `ERROR`) and not yet acknowledged task of
         *     the given project and region; without `project_id` (`region_id`), of every project
         *     (region) the caller may acknowledge in. Tasks still `NEW` or `RUNNING` are left as
         *     they are. No body.
         */
        post: operations["tasksAcknowledgeAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Task ID.
                 * @example d1b0f4a2-3c5e-4f6a-9b8c-7d6e5f4a3b21
                 */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        /**
         * Get task
         * @description Get an asynchronous task. Poll until `state` is `FINISHED` (with `created_resources`)
         *     or `ERROR` (with `error`). A caller sees only the tasks of projects it may access.
         */
        get: operations["tasksGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{task_id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Task ID.
                 * @example d1b0f4a2-3c5e-4f6a-9b8c-7d6e5f4a3b21
                 */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge one task
         * @description Mark a finished (`FINISHED` or `ERROR`) task as seen: sets `acknowledged_at` and
         *     `acknowledged_by` and returns the task. Acknowledging it again changes nothing. A task
         *     the caller may not see is a 404; one that is still `NEW` or `RUNNING` is a 409. No body.
         */
        post: operations["tasksAcknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{project_id}/{region_id}/active": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Project ID.
                 * @example 1
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Region ID.
                 * @example 1
                 */
                region_id: components["parameters"]["RegionId"];
            };
            cookie?: never;
        };
        /**
         * List active tasks
         * @description List the project's tasks in the region that are `NEW` or `RUNNING`, newest first.
         *     `count` is the number of matching tasks across all pages.
         */
        get: operations["tasksListActive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description An image as the API returns it since August 2026 (`ImageSerializer`, 33 fields, all always
         *     present; 15 may be null). Tags are `tags_v2`, a list of `{key, value, read_only}`;
         *     `metadata`, `metadata_detailed` and `internally_shared` are gone. The four price fields are
         *     null unless the request had `include_prices=true`. Timestamps are ISO 8601; the real API may
         *     omit the UTC offset (`2024-05-05T14:51:26.570866`), so parse them leniently. Bare-metal images
         *     (`/v1/bmimages`) have the same shape, with `is_baremetal: true`.
         */
        Image: {
            /**
             * @description Image display name.
             * @example ubuntu-22.04-x64
             */
            name: string;
            /**
             * Format: uuid
             * @description Image ID.
             */
            id: string;
            architecture: components["schemas"]["Architecture"];
            /**
             * Format: date-time
             * @description Creation date and time.
             */
            created_at: string;
            /**
             * Format: uuid
             * @description The task that created this image.
             */
            creator_task_id: string | null;
            /**
             * @description Currency of the prices; null unless `include_prices=true`.
             * @example USD
             */
            currency_code: string | null;
            /** @description Image description. */
            description: string | null;
            /**
             * @description Disk format, e.g. `raw` or `qcow2`.
             * @example qcow2
             */
            disk_format: string;
            /**
             * @description Sort order in user interfaces.
             * @example 2010
             */
            display_order: number | null;
            /**
             * @description The GPU driver the image carries, e.g. `nvidia`; null for an image without one.
             * @example nvidia
             */
            gpu_driver: string | null;
            /**
             * @description The kind of GPU driver, e.g. `open`.
             * @example open
             */
            gpu_driver_type: string | null;
            /**
             * @description The GPU driver's version, e.g. `570.148.08`.
             * @example 570.148.08
             */
            gpu_driver_version: string | null;
            /** @description Firmware used to boot the guest. */
            hw_firmware_type: components["schemas"]["HwFirmwareType"] | null;
            /** @description Virtual chipset type. */
            hw_machine_type: components["schemas"]["HwMachineType"] | null;
            /** @description True when the image is meant for bare-metal servers. */
            is_baremetal: boolean;
            /** @description Minimal boot volume size required, in GiB. */
            min_disk: number;
            /** @description Minimal VM RAM required, in MiB. */
            min_ram: number;
            /**
             * @description OS distribution.
             * @example ubuntu
             */
            os_distro: string;
            os_type: components["schemas"]["OsType"];
            /**
             * @description OS version.
             * @example 22.04
             */
            os_version: string;
            /** @description Price per hour; null unless `include_prices=true`. */
            price_per_hour: number | null;
            /** @description Price per month; null unless `include_prices=true`. */
            price_per_month: number | null;
            /** @description Price status for the UI; null unless `include_prices=true`. */
            price_status: components["schemas"]["PriceStatus"] | null;
            /** @description Owning project. */
            project_id: number;
            /**
             * @description Region name.
             * @example Luxembourg 1
             */
            region: string;
            /** @description Region ID. */
            region_id: number;
            /** @description Image size in bytes; 0 while the image is being saved. */
            size: number | null;
            /** @description Whether instances from this image accept, forbid or require an SSH key. */
            ssh_key: components["schemas"]["SshKeyPolicy"] | null;
            /**
             * @description Image status (`queued`, `saving`, `active`, `deleting`, ...).
             * @example active
             */
            status: string;
            /** @description The image's tags, user tags and read-only system tags alike. */
            tags_v2: components["schemas"]["Tag"][];
            /**
             * Format: uuid
             * @description The active task holding a lock on the image; null when not locked.
             */
            task_id: string | null;
            /**
             * Format: date-time
             * @description Last update date and time.
             */
            updated_at: string;
            visibility: components["schemas"]["Visibility"];
        };
        /** @description A page of images; `count` is the number of matching images across all pages. */
        ImageList: {
            /** @description Number of images that match, across all pages (not the length of `results`). */
            count: number;
            results: components["schemas"]["Image"][];
        };
        /**
         * @description Create an image from a bootable volume of the same project and region.
         * @example {
         *       "name": "web-golden-2026-08",
         *       "volume_id": "4a2e1f0c-6b7d-4e8f-9a1b-2c3d4e5f6a7b",
         *       "os_type": "linux",
         *       "tags": {
         *         "owner": "team-a"
         *       }
         *     }
         */
        ImageCreateFromVolume: {
            name: components["schemas"]["ImageName"];
            /**
             * Format: uuid
             * @description A bootable volume in the same project and region.
             */
            volume_id: string;
            /**
             * @description Image source; only `volume` is supported.
             * @default volume
             * @constant
             */
            source?: "volume";
            /** @default x86_64 */
            architecture?: components["schemas"]["Architecture"];
            /** @default null */
            hw_firmware_type?: components["schemas"]["HwFirmwareType"] | null;
            /** @default null */
            hw_machine_type?: components["schemas"]["HwMachineType"] | null;
            /**
             * @description True for an image meant for bare-metal servers; null reads as false.
             * @default false
             */
            is_baremetal?: boolean | null;
            /** @default linux */
            os_type?: components["schemas"]["OsType"];
            /** @default allow */
            ssh_key?: components["schemas"]["SshKeyPolicy"];
            tags?: components["schemas"]["TagMap"];
        };
        /**
         * @description Upload an image from a URL. The service downloads the file in a `download_image` task;
         *     supported disk formats are raw, vhd, vhdx, vdi, ploop, qcow2, ami, aki and ari.
         * @example {
         *       "name": "ubuntu-22.04-custom",
         *       "url": "https://cloud-images.ubuntu.com/jammy/current/jammy-server-cloudimg-amd64.img",
         *       "os_distro": "ubuntu",
         *       "os_version": "22.04",
         *       "os_type": "linux",
         *       "tags": {
         *         "owner": "team-a"
         *       }
         *     }
         */
        ImageDownload: {
            name: components["schemas"]["ImageName"];
            /**
             * Format: uri
             * @description Where to download the image from; an `http` or `https` URL.
             * @example https://cloud-images.ubuntu.com/jammy/current/jammy-server-cloudimg-amd64.img
             */
            url: string;
            /** @default x86_64 */
            architecture?: components["schemas"]["Architecture"];
            /**
             * @description When true, the image is stored as raw for quick instance starts and cannot be
             *     deleted while volumes created from it exist; when false it is stored as qcow2.
             * @default false
             */
            cow_format?: boolean;
            /** @default null */
            hw_firmware_type?: components["schemas"]["HwFirmwareType"] | null;
            /** @default null */
            hw_machine_type?: components["schemas"]["HwMachineType"] | null;
            /**
             * @description True for an image meant for bare-metal servers; null reads as false.
             * @default false
             */
            is_baremetal?: boolean | null;
            /**
             * @description OS distribution, e.g. `ubuntu`.
             * @default null
             */
            os_distro?: string | null;
            /**
             * @description OS version, e.g. `22.04`.
             * @default null
             */
            os_version?: string | null;
            /** @default linux */
            os_type?: components["schemas"]["OsType"];
            /** @default allow */
            ssh_key?: components["schemas"]["SshKeyPolicy"];
            tags?: components["schemas"]["TagMap"];
        };
        /**
         * @description Fields to change; omitted fields stay as they are. `tags` is a JSON Merge Patch of the
         *     image's user tags (see `TagUpdateMap`); the other fields are plain replacements.
         * @example {
         *       "name": "web-golden-2026-08b",
         *       "tags": {
         *         "env": "prod",
         *         "stage": null
         *       }
         *     }
         */
        ImageUpdate: {
            name?: components["schemas"]["ImageName"];
            hw_firmware_type?: components["schemas"]["HwFirmwareType"];
            hw_machine_type?: components["schemas"]["HwMachineType"];
            /** @description Set to null to remove the property (it then reads as false). */
            is_baremetal?: boolean | null;
            os_type?: components["schemas"]["OsType"];
            ssh_key?: components["schemas"]["SshKeyPolicy"];
            tags?: components["schemas"]["TagUpdateMap"];
        };
        /** @description Image name; letters, digits, spaces, dots, underscores and hyphens, 3 to 63 characters. */
        ImageName: string;
        /**
         * @description CPU architecture of the image.
         * @enum {string}
         */
        Architecture: "aarch64" | "x86_64";
        /**
         * @description Firmware used to boot the guest.
         * @enum {string}
         */
        HwFirmwareType: "bios" | "uefi";
        /**
         * @description Virtual chipset type: `q35` is the modern PCIe chipset, `i440` the legacy PCI one.
         *     (The public spec used `pc` instead of `i440` from 2025-04-30 to 2026-04.)
         * @enum {string}
         */
        HwMachineType: "i440" | "q35";
        /**
         * @description Installed OS family.
         * @enum {string}
         */
        OsType: "linux" | "windows";
        /**
         * @description Price status for the UI.
         * @enum {string}
         */
        PriceStatus: "error" | "hide" | "show";
        /**
         * @description Whether instances from this image accept, forbid or require an SSH key.
         * @enum {string}
         */
        SshKeyPolicy: "allow" | "deny" | "required";
        /**
         * @description `public` images are visible to every project the shared-image limits allow;
         *     `private` images only to their project; `shared` images are project images
         *     that a shared-image or reseller-image record makes visible to others.
         * @enum {string}
         */
        Visibility: "private" | "public" | "shared";
        /**
         * @description One tag of an image. Read-only tags are set by the system and cannot be changed by users.
         *     Keys and values are not constrained here beyond being strings: an image keeps the tags it was
         *     given before the API narrowed the limits (values used to be up to 1024 bytes), and reading it
         *     must not fail on them. Writes are checked against `TagMap` / `TagUpdateMap`.
         * @example {
         *       "key": "os_distro",
         *       "value": "ubuntu",
         *       "read_only": true
         *     }
         */
        Tag: {
            key: string;
            value: string;
            read_only: boolean;
        };
        /**
         * @description The tags of an image (the deprecated `/metadata` list).
         * @example {
         *       "count": 1,
         *       "results": [
         *         {
         *           "key": "os_distro",
         *           "value": "ubuntu",
         *           "read_only": true
         *         }
         *       ]
         *     }
         */
        TagList: {
            count: number;
            results: components["schemas"]["Tag"][];
        };
        /**
         * @description A tag key; 1 to 255 characters, no whitespace of any kind and no `=`.
         * @example env
         */
        TagKey: string;
        /**
         * @description A tag value; 1 to 255 characters, inner spaces allowed, no tab or line break anywhere and no
         *     space at either end.
         * @example prod
         */
        TagValue: string;
        /**
         * @description Tags to set, key to value (create, upload and the deprecated `/metadata` writes). Keys are 1 to
         *     255 characters with no whitespace and no `=`; values are 1 to 255 characters with no tab or line
         *     break and no space at either end. Neither may contain NUL (U+0000) or an unpaired surrogate,
         *     which could not be stored as sent (400 `ValidationError`).
         * @example {
         *       "owner": "team-a",
         *       "env": "prod"
         *     }
         */
        TagMap: {
            [key: string]: components["schemas"]["TagValue"];
        };
        /**
         * @description A JSON Merge Patch (RFC 7386) of the image's user tags: a key with a string value adds or
         *     replaces that tag, a key with `null` deletes it (deleting a key the image does not have changes
         *     nothing), and keys not listed stay as they are. `tags: null` deletes every user tag. Read-only
         *     tags are always kept and cannot be changed. To replace every tag, send `null` for the old keys
         *     and the new keys in one request. Keys and values follow the limits of `TagMap`.
         * @example {
         *       "env": "prod",
         *       "old-key": null
         *     }
         */
        TagUpdateMap: {
            [key: string]: components["schemas"]["TagValue"] | null;
        } | null;
        /**
         * @description The tasks started by an asynchronous request. Poll each with `GET /v1/tasks/{task_id}`.
         * @example {
         *       "tasks": [
         *         "d1b0f4a2-3c5e-4f6a-9b8c-7d6e5f4a3b21"
         *       ]
         *     }
         */
        TaskIdList: {
            tasks: string[];
        };
        /**
         * @description An asynchronous task. Poll until `state` is `FINISHED` or `ERROR`.
         * @example {
         *       "id": "d1b0f4a2-3c5e-4f6a-9b8c-7d6e5f4a3b21",
         *       "user_id": 11,
         *       "task_type": "create_image",
         *       "state": "FINISHED",
         *       "created_on": "2026-08-21T10:00:00.000000+00:00",
         *       "finished_on": "2026-08-21T10:00:05.000000+00:00",
         *       "project_id": 1,
         *       "region_id": 1,
         *       "created_resources": {
         *         "images": [
         *           "9c35f6e5-7a0a-4a1b-8f1e-2d1c5f3b4a01"
         *         ]
         *       }
         *     }
         */
        Task: {
            /** Format: uuid */
            id: string;
            user_id: number;
            /**
             * @description e.g. `create_image`, `delete_image`, `download_image`.
             * @example create_image
             */
            task_type: string;
            state: components["schemas"]["TaskState"];
            /** Format: date-time */
            created_on: string | null;
            /** Format: date-time */
            updated_on?: string | null;
            /** Format: date-time */
            finished_on?: string | null;
            /**
             * Format: date-time
             * @description When the task was acknowledged; null until then.
             */
            acknowledged_at?: string | null;
            /** @description The user who acknowledged the task; null until then. */
            acknowledged_by?: number | null;
            client_id?: number | null;
            project_id?: number | null;
            region_id?: number | null;
            request_id?: string | null;
            user_client_id?: number | null;
            /** @description What went wrong, when `state` is `ERROR`. */
            error?: string | null;
            /** @description Task input, as the service recorded it. */
            data?: unknown;
            detailed_state?: components["schemas"]["TaskDetailedState"] | null;
            job_id?: string | null;
            lifecycle_policy_id?: number | null;
            schedule_id?: string | null;
            created_resources?: components["schemas"]["CreatedResources"] | null;
        };
        /** @enum {string} */
        TaskState: "NEW" | "RUNNING" | "FINISHED" | "ERROR";
        /**
         * @description The step a long task is in. The last two values (`CLUSTER_REBUILD`,
         *     `CLUSTER_SERVER_REBUILD`) were added to the real API in February 2026; they are listed
         *     so that a client of this spec accepts a newer server's tasks.
         * @enum {string}
         */
        TaskDetailedState: "CLUSTER_CLEAN_UP" | "CLUSTER_RESIZE" | "CLUSTER_RESUME" | "CLUSTER_SUSPEND" | "ERROR" | "FINISHED" | "IPU_SERVERS" | "NETWORK" | "POPLAR_SERVERS" | "POST_DEPLOY_SETUP" | "VIPU_CONTROLLER" | "CLUSTER_REBUILD" | "CLUSTER_SERVER_REBUILD";
        /**
         * @description A page of tasks; `count` is the number of matching tasks across all pages.
         * @example {
         *       "count": 1,
         *       "results": [
         *         {
         *           "id": "d1b0f4a2-3c5e-4f6a-9b8c-7d6e5f4a3b21",
         *           "user_id": 11,
         *           "task_type": "download_image",
         *           "state": "FINISHED",
         *           "created_on": "2026-08-21T10:00:00.000000+00:00",
         *           "finished_on": "2026-08-21T10:00:05.000000+00:00",
         *           "acknowledged_at": null,
         *           "acknowledged_by": null,
         *           "project_id": 10,
         *           "region_id": 1,
         *           "created_resources": {
         *             "images": [
         *               "9c35f6e5-7a0a-4a1b-8f1e-2d1c5f3b4a01"
         *             ]
         *           }
         *         }
         *       ]
         *     }
         */
        TaskList: {
            /** @description Number of tasks that match, across all pages. */
            count: number;
            results: components["schemas"]["Task"][];
        };
        /**
         * @description Ids of the resources a task created, by resource type. Image tasks fill `images`. The API
         *     lists many other resource types (for example `volumes`, `clusters`, `security_groups`,
         *     `security_group_rules`; `heat` is gone); every one is a list of ids.
         */
        CreatedResources: {
            images?: string[];
            clusters?: string[];
            /**
             * @deprecated
             * @description The older name of `clusters`.
             */
            ai_clusters?: string[];
            security_groups?: string[];
            security_group_rules?: string[];
            projects?: number[];
            ddos_profiles?: number[];
        } & {
            [key: string]: (string | number)[];
        };
        /**
         * @description The error body of every non-2xx response.
         * @example {
         *       "exception_class": "NotFoundError",
         *       "message": "Image not found",
         *       "request_id": "6f1e2d3c4b5a69788796a5b4c3d2e1f0"
         *     }
         */
        Error: {
            /** @description Machine-readable error type, e.g. `ValidationError`, `NotFoundError`. */
            exception_class: string;
            /** @description Human-readable text. */
            message: string;
            /** @description Unique request id; quote it to support. */
            request_id: string;
            /** @description Field name to messages, on `ValidationError`. */
            invalid_fields?: {
                [key: string]: string[];
            };
            /** @description Structured extra data. */
            info?: {
                [key: string]: unknown;
            };
        };
    };
    responses: {
        /** @description The request is invalid (`ValidationError`); `invalid_fields` names the fields. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "exception_class": "ValidationError",
                 *       "message": "Validation failed: name: must match pattern",
                 *       "request_id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
                 *       "invalid_fields": {
                 *         "name": [
                 *           "must match pattern"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The `Authorization` header is missing or the API key is not valid. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "exception_class": "NotAuthenticated",
                 *       "message": "Authentication credentials were not provided.",
                 *       "request_id": "1a1b2c3d4e5f60718293a4b5c6d7e8f9"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The resource does not exist or the caller may not see it (`NotFoundError`). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "exception_class": "NotFoundError",
                 *       "message": "Image not found",
                 *       "request_id": "3a1b2c3d4e5f60718293a4b5c6d7e8f9"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Rate limited; retry after the delay in `Retry-After`. */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before retrying. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "exception_class": "TooManyRequests",
                 *       "message": "Request was throttled",
                 *       "request_id": "7a1b2c3d4e5f60718293a4b5c6d7e8f9"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A transient server error; safe to retry idempotent requests. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "exception_class": "InternalServerError",
                 *       "message": "Internal server error",
                 *       "request_id": "8a1b2c3d4e5f60718293a4b5c6d7e8f9"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The caller may see the resource but not change it (`ForbiddenError`). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "exception_class": "ForbiddenError",
                 *       "message": "Image not available",
                 *       "request_id": "2a1b2c3d4e5f60718293a4b5c6d7e8f9"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The resource is in a state that does not allow the request (`ConflictError`). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "exception_class": "ConflictError",
                 *       "message": "Image is locked by task d1b0f4a2-3c5e-4f6a-9b8c-7d6e5f4a3b21",
                 *       "request_id": "4a1b2c3d4e5f60718293a4b5c6d7e8f9"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request body is larger than 1 MiB. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "exception_class": "PayloadTooLarge",
                 *       "message": "Request body is larger than 1048576 bytes",
                 *       "request_id": "5a1b2c3d4e5f60718293a4b5c6d7e8f9"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request body is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "exception_class": "UnsupportedMediaType",
                 *       "message": "Content-Type must be application/json",
                 *       "request_id": "6a1b2c3d4e5f60718293a4b5c6d7e8f9"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Project ID.
         * @example 1
         */
        ProjectId: number;
        /**
         * @description Region ID.
         * @example 1
         */
        RegionId: number;
        /** @description Only images with this visibility. */
        Visibility: components["schemas"]["Visibility"];
        /**
         * @description Any value (even empty) shows private images only: the images owned by the project,
         *     the same set as `/v1/projectimages`. Combines with the other filters.
         */
        Private: string;
        /**
         * @description Only images that have every one of these tag keys (with any value); repeat the key for
         *     several (`?tag_key=owner&tag_key=env`). Replaces the seed's `metadata_k`.
         */
        TagKeys: components["schemas"]["TagKey"][];
        /**
         * @description Only images that have all of these tags: a JSON object of key to value, e.g. `{"env":"prod"}`,
         *     URL-encoded. Replaces the seed's `metadata_kv`.
         * @example {"env":"prod"}
         */
        TagKeyValue: string;
        /**
         * @description Only images whose name contains this text, ignoring case.
         * @example ubuntu
         */
        Name: string;
        /**
         * @description Only images of this OS distribution, ignoring case (the whole value, not a part).
         * @example ubuntu
         */
        OsDistro: string;
        /**
         * @description Only images of this OS version, ignoring case (the whole value, not a part).
         * @example 22.04
         */
        OsVersion: string;
        /** @description Only images of this CPU architecture. */
        Architecture: components["schemas"]["Architecture"];
        /** @description The most images to return in one page. */
        ImagesLimit: number;
        /** @description How many matching images to skip. */
        ImagesOffset: number;
        /** @description Fill `currency_code`, `price_per_hour`, `price_per_month` and `price_status` of each image (they are null otherwise). */
        IncludePrices: boolean;
        /**
         * @description Image ID.
         * @example 9c35f6e5-7a0a-4a1b-8f1e-2d1c5f3b4a01
         */
        ImageId: string;
        /**
         * @description The tag key.
         * @example owner
         */
        TagKey: components["schemas"]["TagKey"];
        /** @description The most tasks to return. */
        TasksLimit: number;
        /** @description How many matching tasks to skip. */
        TasksOffset: number;
        /** @description Order by `created_on`; `desc` (the default) lists the newest first. */
        TasksOrderBy: "asc" | "desc";
        /**
         * @deprecated
         * @description The older name of `order_by`; `order_by` wins when both are given.
         */
        TasksSorting: "asc" | "desc";
        /**
         * @description Only tasks created at or after this time: an ISO 8601 date-time, or a date (midnight). Without
         *     a UTC offset the time is UTC (the SDKs send naive times, and the API's own timestamps
         *     often have no offset).
         * @example 2025-04-01T00:00:00Z
         */
        TasksFromTimestamp: string;
        /**
         * @description Only tasks created at or before this time: an ISO 8601 date-time, or a date (midnight). Without
         *     a UTC offset the time is UTC (the SDKs send naive times, and the API's own timestamps
         *     often have no offset).
         * @example 2025-04-30T23:59:59Z
         */
        TasksToTimestamp: string;
        /** @description Only acknowledged (`true`) or only unacknowledged (`false`) tasks. */
        TasksIsAcknowledged: boolean;
        /** @description Only tasks of these projects; repeat the key for several (`?project_id=1&project_id=2`). */
        TasksProjectIds: number[];
        /** @description Only tasks in these regions; repeat the key for several. */
        TasksRegionIds: number[];
        /** @description Only tasks in these states; repeat the key for several (`?state=NEW&state=RUNNING`). */
        TasksStates: components["schemas"]["TaskState"][];
        /**
         * @description Only tasks of this type, e.g. `download_image`.
         * @example download_image
         */
        TasksTaskType: string;
        /** @description Only the tasks of this project; without it, every project the caller may acknowledge in. */
        AcknowledgeProjectId: number;
        /** @description Only the tasks in this region; without it, every region. */
        AcknowledgeRegionId: number;
        /**
         * @description Task ID.
         * @example d1b0f4a2-3c5e-4f6a-9b8c-7d6e5f4a3b21
         */
        TaskId: string;
        /** @description Only tasks of these types; repeat the key for several. */
        TasksTaskTypes: string[];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    imagesList: {
        parameters: {
            query?: {
                /** @description Only images with this visibility. */
                visibility?: components["parameters"]["Visibility"];
                /**
                 * @description Any value (even empty) shows private images only: the images owned by the project,
                 *     the same set as `/v1/projectimages`. Combines with the other filters.
                 */
                private?: components["parameters"]["Private"];
                /**
                 * @description Only images that have every one of these tag keys (with any value); repeat the key for
                 *     several (`?tag_key=owner&tag_key=env`). Replaces the seed's `metadata_k`.
                 */
                tag_key?: components["parameters"]["TagKeys"];
                /**
                 * @description Only images that have all of these tags: a JSON object of key to value, e.g. `{"env":"prod"}`,
                 *     URL-encoded. Replaces the seed's `metadata_kv`.
                 * @example {"env":"prod"}
                 */
                tag_key_value?: components["parameters"]["TagKeyValue"];
                /**
                 * @description Only images whose name contains this text, ignoring case.
                 * @example ubuntu
                 */
                name?: components["parameters"]["Name"];
                /**
                 * @description Only images of this OS distribution, ignoring case (the whole value, not a part).
                 * @example ubuntu
                 */
                os_distro?: components["parameters"]["OsDistro"];
                /**
                 * @description Only images of this OS version, ignoring case (the whole value, not a part).
                 * @example 22.04
                 */
                os_version?: components["parameters"]["OsVersion"];
                /** @description Only images of this CPU architecture. */
                architecture?: components["parameters"]["Architecture"];
                /** @description The most images to return in one page. */
                limit?: components["parameters"]["ImagesLimit"];
                /** @description How many matching images to skip. */
                offset?: components["parameters"]["ImagesOffset"];
                /** @description Fill `currency_code`, `price_per_hour`, `price_per_month` and `price_status` of each image (they are null otherwise). */
                include_prices?: components["parameters"]["IncludePrices"];
            };
            header?: never;
            path: {
                /**
                 * @description Project ID.
                 * @example 1
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Region ID.
                 * @example 1
                 */
                region_id: components["parameters"]["RegionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The images the project may use. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    imagesCreate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Project ID.
                 * @example 1
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Region ID.
                 * @example 1
                 */
                region_id: components["parameters"]["RegionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImageCreateFromVolume"];
            };
        };
        responses: {
            /** @description The task that creates the image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskIdList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    imagesUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Project ID.
                 * @example 1
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Region ID.
                 * @example 1
                 */
                region_id: components["parameters"]["RegionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImageDownload"];
            };
        };
        responses: {
            /** @description The task that downloads the image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskIdList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    baremetalImagesList: {
        parameters: {
            query?: {
                /** @description Only images with this visibility. */
                visibility?: components["parameters"]["Visibility"];
                /**
                 * @description Any value (even empty) shows private images only: the images owned by the project,
                 *     the same set as `/v1/projectimages`. Combines with the other filters.
                 */
                private?: components["parameters"]["Private"];
                /**
                 * @description Only images that have every one of these tag keys (with any value); repeat the key for
                 *     several (`?tag_key=owner&tag_key=env`). Replaces the seed's `metadata_k`.
                 */
                tag_key?: components["parameters"]["TagKeys"];
                /**
                 * @description Only images that have all of these tags: a JSON object of key to value, e.g. `{"env":"prod"}`,
                 *     URL-encoded. Replaces the seed's `metadata_kv`.
                 * @example {"env":"prod"}
                 */
                tag_key_value?: components["parameters"]["TagKeyValue"];
                /**
                 * @description Only images whose name contains this text, ignoring case.
                 * @example ubuntu
                 */
                name?: components["parameters"]["Name"];
                /**
                 * @description Only images of this OS distribution, ignoring case (the whole value, not a part).
                 * @example ubuntu
                 */
                os_distro?: components["parameters"]["OsDistro"];
                /**
                 * @description Only images of this OS version, ignoring case (the whole value, not a part).
                 * @example 22.04
                 */
                os_version?: components["parameters"]["OsVersion"];
                /** @description Only images of this CPU architecture. */
                architecture?: components["parameters"]["Architecture"];
                /** @description The most images to return in one page. */
                limit?: components["parameters"]["ImagesLimit"];
                /** @description How many matching images to skip. */
                offset?: components["parameters"]["ImagesOffset"];
                /** @description Fill `currency_code`, `price_per_hour`, `price_per_month` and `price_status` of each image (they are null otherwise). */
                include_prices?: components["parameters"]["IncludePrices"];
            };
            header?: never;
            path: {
                /**
                 * @description Project ID.
                 * @example 1
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Region ID.
                 * @example 1
                 */
                region_id: components["parameters"]["RegionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bare-metal images the project may use. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    baremetalImagesCreate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Project ID.
                 * @example 1
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Region ID.
                 * @example 1
                 */
                region_id: components["parameters"]["RegionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImageCreateFromVolume"];
            };
        };
        responses: {
            /** @description The task that creates the image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskIdList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    imagesListOwned: {
        parameters: {
            query?: {
                /** @description Fill `currency_code`, `price_per_hour`, `price_per_month` and `price_status` of each image (they are null otherwise). */
                include_prices?: components["parameters"]["IncludePrices"];
            };
            header?: never;
            path: {
                /**
                 * @description Project ID.
                 * @example 1
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Region ID.
                 * @example 1
                 */
                region_id: components["parameters"]["RegionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's own images. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    imagesGet: {
        parameters: {
            query?: {
                /** @description Fill `currency_code`, `price_per_hour`, `price_per_month` and `price_status` of each image (they are null otherwise). */
                include_prices?: components["parameters"]["IncludePrices"];
            };
            header?: never;
            path: {
                /**
                 * @description Project ID.
                 * @example 1
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Region ID.
                 * @example 1
                 */
                region_id: components["parameters"]["RegionId"];
                /**
                 * @description Image ID.
                 * @example 9c35f6e5-7a0a-4a1b-8f1e-2d1c5f3b4a01
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Image"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    imagesDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Project ID.
                 * @example 1
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Region ID.
                 * @example 1
                 */
                region_id: components["parameters"]["RegionId"];
                /**
                 * @description Image ID.
                 * @example 9c35f6e5-7a0a-4a1b-8f1e-2d1c5f3b4a01
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task that deletes the image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskIdList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    imagesUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Project ID.
                 * @example 1
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Region ID.
                 * @example 1
                 */
                region_id: components["parameters"]["RegionId"];
                /**
                 * @description Image ID.
                 * @example 9c35f6e5-7a0a-4a1b-8f1e-2d1c5f3b4a01
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImageUpdate"];
            };
        };
        responses: {
            /** @description The updated image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Image"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    imageMetadataList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Project ID.
                 * @example 1
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Region ID.
                 * @example 1
                 */
                region_id: components["parameters"]["RegionId"];
                /**
                 * @description Image ID.
                 * @example 9c35f6e5-7a0a-4a1b-8f1e-2d1c5f3b4a01
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image's tags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "count": 2,
                     *       "results": [
                     *         {
                     *           "key": "owner",
                     *           "value": "team-a",
                     *           "read_only": false
                     *         },
                     *         {
                     *           "key": "image_source",
                     *           "value": "volume",
                     *           "read_only": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TagList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    imageMetadataReplace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Project ID.
                 * @example 1
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Region ID.
                 * @example 1
                 */
                region_id: components["parameters"]["RegionId"];
                /**
                 * @description Image ID.
                 * @example 9c35f6e5-7a0a-4a1b-8f1e-2d1c5f3b4a01
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagMap"];
            };
        };
        responses: {
            /** @description The tags were replaced. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    imageMetadataMerge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Project ID.
                 * @example 1
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Region ID.
                 * @example 1
                 */
                region_id: components["parameters"]["RegionId"];
                /**
                 * @description Image ID.
                 * @example 9c35f6e5-7a0a-4a1b-8f1e-2d1c5f3b4a01
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagMap"];
            };
        };
        responses: {
            /** @description The tags were created or updated. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    imageMetadataItemGet: {
        parameters: {
            query: {
                /**
                 * @description The tag key.
                 * @example owner
                 */
                key: components["parameters"]["TagKey"];
            };
            header?: never;
            path: {
                /**
                 * @description Project ID.
                 * @example 1
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Region ID.
                 * @example 1
                 */
                region_id: components["parameters"]["RegionId"];
                /**
                 * @description Image ID.
                 * @example 9c35f6e5-7a0a-4a1b-8f1e-2d1c5f3b4a01
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tag"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    imageMetadataItemDelete: {
        parameters: {
            query: {
                /**
                 * @description The tag key.
                 * @example owner
                 */
                key: components["parameters"]["TagKey"];
            };
            header?: never;
            path: {
                /**
                 * @description Project ID.
                 * @example 1
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Region ID.
                 * @example 1
                 */
                region_id: components["parameters"]["RegionId"];
                /**
                 * @description Image ID.
                 * @example 9c35f6e5-7a0a-4a1b-8f1e-2d1c5f3b4a01
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    tasksList: {
        parameters: {
            query?: {
                /** @description The most tasks to return. */
                limit?: components["parameters"]["TasksLimit"];
                /** @description How many matching tasks to skip. */
                offset?: components["parameters"]["TasksOffset"];
                /** @description Order by `created_on`; `desc` (the default) lists the newest first. */
                order_by?: components["parameters"]["TasksOrderBy"];
                /**
                 * @deprecated
                 * @description The older name of `order_by`; `order_by` wins when both are given.
                 */
                sorting?: components["parameters"]["TasksSorting"];
                /**
                 * @description Only tasks created at or after this time: an ISO 8601 date-time, or a date (midnight). Without
                 *     a UTC offset the time is UTC (the SDKs send naive times, and the API's own timestamps
                 *     often have no offset).
                 * @example 2025-04-01T00:00:00Z
                 */
                from_timestamp?: components["parameters"]["TasksFromTimestamp"];
                /**
                 * @description Only tasks created at or before this time: an ISO 8601 date-time, or a date (midnight). Without
                 *     a UTC offset the time is UTC (the SDKs send naive times, and the API's own timestamps
                 *     often have no offset).
                 * @example 2025-04-30T23:59:59Z
                 */
                to_timestamp?: components["parameters"]["TasksToTimestamp"];
                /** @description Only acknowledged (`true`) or only unacknowledged (`false`) tasks. */
                is_acknowledged?: components["parameters"]["TasksIsAcknowledged"];
                /** @description Only tasks of these projects; repeat the key for several (`?project_id=1&project_id=2`). */
                project_id?: components["parameters"]["TasksProjectIds"];
                /** @description Only tasks in these regions; repeat the key for several. */
                region_id?: components["parameters"]["TasksRegionIds"];
                /** @description Only tasks in these states; repeat the key for several (`?state=NEW&state=RUNNING`). */
                state?: components["parameters"]["TasksStates"];
                /**
                 * @description Only tasks of this type, e.g. `download_image`.
                 * @example download_image
                 */
                task_type?: components["parameters"]["TasksTaskType"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the matching tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    tasksAcknowledgeAll: {
        parameters: {
            query?: {
                /** @description Only the tasks of this project; without it, every project the caller may acknowledge in. */
                project_id?: components["parameters"]["AcknowledgeProjectId"];
                /** @description Only the tasks in this region; without it, every region. */
                region_id?: components["parameters"]["AcknowledgeRegionId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tasks were acknowledged. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    tasksGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Task ID.
                 * @example d1b0f4a2-3c5e-4f6a-9b8c-7d6e5f4a3b21
                 */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    tasksAcknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Task ID.
                 * @example d1b0f4a2-3c5e-4f6a-9b8c-7d6e5f4a3b21
                 */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The acknowledged task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    tasksListActive: {
        parameters: {
            query?: {
                /** @description The most tasks to return. */
                limit?: components["parameters"]["TasksLimit"];
                /** @description How many matching tasks to skip. */
                offset?: components["parameters"]["TasksOffset"];
                /** @description Only tasks of these types; repeat the key for several. */
                task_type?: components["parameters"]["TasksTaskTypes"];
            };
            header?: never;
            path: {
                /**
                 * @description Project ID.
                 * @example 1
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description Region ID.
                 * @example 1
                 */
                region_id: components["parameters"]["RegionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the project's active tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "count": 1,
                     *       "results": [
                     *         {
                     *           "id": "d1b0f4a2-3c5e-4f6a-9b8c-7d6e5f4a3b21",
                     *           "user_id": 11,
                     *           "task_type": "download_image",
                     *           "state": "RUNNING",
                     *           "created_on": "2026-08-21T10:00:00.000000+00:00",
                     *           "finished_on": null,
                     *           "acknowledged_at": null,
                     *           "acknowledged_by": null,
                     *           "project_id": 10,
                     *           "region_id": 1,
                     *           "created_resources": {
                     *             "images": [
                     *               "9c35f6e5-7a0a-4a1b-8f1e-2d1c5f3b4a01"
                     *             ]
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TaskList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
}
