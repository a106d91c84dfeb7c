// This file was generated from spec/ by packages/types/scripts/generate.mjs. Do not edit it; run `pnpm generate`.
import type { OpenApiDocument } from "../document-type.js";

export const openapiDocument: OpenApiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "Cloud Images API",
    "version": "2025-04-25",
    "summary": "Images, image metadata, shared images and reseller images of the Gcore Cloud API.",
    "description": "The \"Images\" section of the Gcore Cloud API in the shape it had in April 2025\n(`ImageSchema` with `metadata` and `metadata_detailed`, list filters `metadata_k` /\n`metadata_kv`), plus `GET /v1/tasks/{task_id}`, without which create and delete\ncannot be followed.\n\nCreate and delete are asynchronous: they answer `200 {\"tasks\": [...]}` at once; poll\nthe task until `FINISHED` or `ERROR`. Metadata writes and item deletes answer 204.\nEvery error has the body `{exception_class, message, request_id}` (plus\n`invalid_fields` on validation errors).\n\nLater renames of the real API are recorded in `x-later-*` extensions; parameters that\nonly the imgctl emulator understands are marked `x-imgctl-extension: true`.\n",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    },
    "contact": {
      "name": "imgctl maintainers"
    }
  },
  "servers": [
    {
      "url": "https://api.gcore.com/cloud",
      "description": "Gcore Cloud API"
    },
    {
      "url": "http://127.0.0.1:8080/cloud",
      "description": "Local imgctl emulator (`imgctl emulator start`)"
    }
  ],
  "security": [
    {
      "APIKey": []
    }
  ],
  "tags": [
    {
      "name": "Images",
      "description": "Images available to a project in a region."
    },
    {
      "name": "Image metadata",
      "description": "Key-value metadata of an image (later called \"tags\"). Read-only items are set by the system."
    },
    {
      "name": "Shared images",
      "description": "Per-entity limits on the public images available, and project images shared with a\nreseller's clients, a client or a project. Admin and reseller API. The real API\nidentifies the entity from the caller; `entity_id` and `region_id` query parameters\nare imgctl extensions.\n"
    },
    {
      "name": "Reseller images",
      "description": "Deprecated reseller-only form of the shared-image records."
    },
    {
      "name": "Tasks",
      "description": "Asynchronous tasks started by create and delete."
    }
  ],
  "paths": {
    "/v1/images/{project_id}/{region_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ProjectId"
        },
        {
          "$ref": "#/components/parameters/RegionId"
        }
      ],
      "get": {
        "operationId": "imagesList",
        "tags": [
          "Images"
        ],
        "summary": "List images",
        "description": "Retrieve an available images list. Returned entities owned by the project and public\nOR shared with the client: the project's own images in the region, the public images\nthe shared-image limits allow, and the images shared with the project, its client or\nits reseller.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/Visibility"
          },
          {
            "$ref": "#/components/parameters/Private"
          },
          {
            "$ref": "#/components/parameters/MetadataK"
          },
          {
            "$ref": "#/components/parameters/MetadataKv"
          },
          {
            "$ref": "#/components/parameters/IncludePrices"
          }
        ],
        "responses": {
          "200": {
            "description": "The images the project may use.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ImageList"
                },
                "examples": {
                  "default": {
                    "$ref": "#/components/examples/ImageList"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      },
      "post": {
        "operationId": "imagesCreate",
        "tags": [
          "Images"
        ],
        "summary": "Create image",
        "description": "Create an image from a bootable volume. Returns at once with the id of a\n`create_image` task; when the task is `FINISHED`, `created_resources.images[0]`\nis the new image, which is then `active`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ImageCreateFromVolume"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The task that creates the image.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TaskIdList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/v1/projectimages/{project_id}/{region_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ProjectId"
        },
        {
          "$ref": "#/components/parameters/RegionId"
        }
      ],
      "get": {
        "operationId": "imagesListOwned",
        "tags": [
          "Images"
        ],
        "summary": "List images owned by project",
        "description": "List images owned by project, in the region. Public and shared-in images are not included.",
        "parameters": [
          {
            "$ref": "#/components/parameters/Visibility"
          },
          {
            "$ref": "#/components/parameters/MetadataK"
          },
          {
            "$ref": "#/components/parameters/MetadataKv"
          },
          {
            "$ref": "#/components/parameters/IncludePrices"
          }
        ],
        "responses": {
          "200": {
            "description": "The project's own images.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ImageList"
                },
                "examples": {
                  "default": {
                    "$ref": "#/components/examples/OwnedImageList"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/v1/images/{project_id}/{region_id}/{image_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ProjectId"
        },
        {
          "$ref": "#/components/parameters/RegionId"
        },
        {
          "$ref": "#/components/parameters/ImageId"
        }
      ],
      "get": {
        "operationId": "imagesGet",
        "tags": [
          "Images"
        ],
        "summary": "Get image",
        "description": "Get one image the project may see. An image the caller may not see is a 404, never a 403.",
        "parameters": [
          {
            "$ref": "#/components/parameters/IncludePrices"
          }
        ],
        "responses": {
          "200": {
            "description": "The image.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Image"
                },
                "examples": {
                  "default": {
                    "$ref": "#/components/examples/ImagePublic"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      },
      "patch": {
        "operationId": "imagesUpdate",
        "tags": [
          "Images"
        ],
        "summary": "Update image fields",
        "description": "Update image fields, synchronously. Only the owning project may change an image\n(403 otherwise). `metadata` is merged into the existing metadata; read-only items\ncannot be changed (403).\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ImageUpdate"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated image.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Image"
                },
                "examples": {
                  "default": {
                    "$ref": "#/components/examples/ImagePrivate"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      },
      "delete": {
        "operationId": "imagesDelete",
        "tags": [
          "Images"
        ],
        "summary": "Delete the image",
        "description": "Delete the image. Returns at once with the id of a `delete_image` task; when the\ntask is `FINISHED` the image is gone (404).\n",
        "responses": {
          "200": {
            "description": "The task that deletes the image.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TaskIdList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/v1/images/{project_id}/{region_id}/{image_id}/metadata": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ProjectId"
        },
        {
          "$ref": "#/components/parameters/RegionId"
        },
        {
          "$ref": "#/components/parameters/ImageId"
        }
      ],
      "get": {
        "operationId": "imageMetadataList",
        "tags": [
          "Image metadata"
        ],
        "summary": "List image metadata",
        "description": "List all metadata items of an image, with their read-only flags.",
        "responses": {
          "200": {
            "description": "The image's metadata items.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MetadataItemList"
                },
                "example": {
                  "count": 2,
                  "results": [
                    {
                      "key": "owner",
                      "value": "team-a",
                      "read_only": false
                    },
                    {
                      "key": "image_source",
                      "value": "volume",
                      "read_only": true
                    }
                  ]
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      },
      "post": {
        "operationId": "imageMetadataMerge",
        "tags": [
          "Image metadata"
        ],
        "summary": "Create or update image metadata",
        "description": "Create or update one or more metadata items for an image. If an item does not exist,\nit gets created. If an item already exists, its value is overwritten. Read-only items\ncannot be changed (403).\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MetadataMap"
              }
            }
          }
        },
        "responses": {
          "204": {
            "description": "The items were created or updated."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      },
      "put": {
        "operationId": "imageMetadataReplace",
        "tags": [
          "Image metadata"
        ],
        "summary": "Replace image metadata",
        "description": "All existing metadata is deleted and replaced with the metadata from the request.\nRead-only items are kept; a body that tries to change a read-only item is refused (403).\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MetadataMap"
              }
            }
          }
        },
        "responses": {
          "204": {
            "description": "The metadata was replaced."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/v1/images/{project_id}/{region_id}/{image_id}/metadata_item": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ProjectId"
        },
        {
          "$ref": "#/components/parameters/RegionId"
        },
        {
          "$ref": "#/components/parameters/ImageId"
        },
        {
          "$ref": "#/components/parameters/MetadataKey"
        }
      ],
      "get": {
        "operationId": "imageMetadataItemGet",
        "tags": [
          "Image metadata"
        ],
        "summary": "Get image metadata item by key",
        "description": "Get one metadata item of an image by its key.",
        "responses": {
          "200": {
            "description": "The metadata item.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MetadataItem"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      },
      "delete": {
        "operationId": "imageMetadataItemDelete",
        "tags": [
          "Image metadata"
        ],
        "summary": "Delete image metadata item by key",
        "description": "Delete one metadata item of an image by its key. Read-only items cannot be deleted (403).",
        "responses": {
          "204": {
            "description": "The item was deleted."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/v1/reseller_image": {
      "put": {
        "operationId": "resellerImagesSet",
        "tags": [
          "Reseller images"
        ],
        "deprecated": true,
        "summary": "Set or update available image list for reseller",
        "description": "Deprecated: use `PUT /v1/shared_image` with `entity_type: reseller`.\nReseller and cloud admin can change the set of images, available to reseller clients.\nFirstly, they may limit the number of public images available. Secondly, they can share\nthe image of the reseller client to all clients of the reseller. If the reseller isn't\nshowed or has image_ids = None, all public images available to him. If the reseller has\nimage_ids = [], all public images are unavailable to the client.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ResellerImage"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The record as stored.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ResellerImage"
                },
                "example": {
                  "reseller_id": 100,
                  "region_id": 1,
                  "image_ids": null
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/v1/reseller_image/{reseller_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ResellerId"
        }
      ],
      "get": {
        "operationId": "resellerImagesGet",
        "tags": [
          "Reseller images"
        ],
        "deprecated": true,
        "summary": "Get available image IDs for the reseller",
        "description": "Deprecated: use `GET /v1/shared_image?entity_type=reseller`.\nIf the reseller isn't showed or has image_ids = None, all public images available to him.\nIf the reseller has image_ids = [], all public images are unavailable to the client.\n",
        "responses": {
          "200": {
            "description": "The reseller's records, one per region.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ResellerImageList"
                },
                "example": {
                  "count": 1,
                  "results": [
                    {
                      "reseller_id": 100,
                      "region_id": 1,
                      "image_ids": []
                    }
                  ]
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      },
      "delete": {
        "operationId": "resellerImagesDelete",
        "tags": [
          "Reseller images"
        ],
        "deprecated": true,
        "summary": "Delete image limits for reseller clients",
        "description": "Deprecated: use `DELETE /v1/shared_image?entity_type=reseller`.\nDelete image limits for reseller clients; they then see all public images again.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/RegionIdQuery"
          }
        ],
        "responses": {
          "200": {
            "description": "The limits were deleted (no body)."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/v1/shared_image": {
      "get": {
        "operationId": "sharedImagesGet",
        "tags": [
          "Shared images"
        ],
        "summary": "Get available image IDs",
        "description": "If the entity isn't showed or has image_ids = None, all public images available to him.\nIf the entity has image_ids = [], all public images are unavailable to the client.\nReturns the shared-image records of the entity.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/EntityType"
          },
          {
            "$ref": "#/components/parameters/EntityId"
          },
          {
            "$ref": "#/components/parameters/RegionIdQuery"
          }
        ],
        "responses": {
          "200": {
            "description": "The entity's shared-image records.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SharedImageList"
                },
                "example": {
                  "count": 1,
                  "results": [
                    {
                      "id": 3,
                      "entity_id": 5,
                      "entity_type": "reseller",
                      "image_ids": [
                        "b5b4c1a0-1111-4c3d-8e9f-0a1b2c3d4e5f"
                      ],
                      "region_id": 1
                    }
                  ]
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      },
      "put": {
        "operationId": "sharedImagesSet",
        "tags": [
          "Shared images"
        ],
        "summary": "Create or update shared image",
        "description": "Create or update the shared-image record of an entity in a region. The cloud admin\n(or the reseller that owns the entity) can limit the public images available and share\na project image with all clients of a reseller, a client, or a project.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SharedImage"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The entity's records after the change.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SharedImageList"
                },
                "example": {
                  "count": 1,
                  "results": [
                    {
                      "id": 3,
                      "entity_id": 5,
                      "entity_type": "reseller",
                      "image_ids": [
                        "b5b4c1a0-1111-4c3d-8e9f-0a1b2c3d4e5f"
                      ],
                      "region_id": 1
                    }
                  ]
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      },
      "delete": {
        "operationId": "sharedImagesDelete",
        "tags": [
          "Shared images"
        ],
        "summary": "Delete entity shared image",
        "description": "Delete the shared-image records of an entity; it then sees all public images again.",
        "parameters": [
          {
            "$ref": "#/components/parameters/EntityType"
          },
          {
            "$ref": "#/components/parameters/EntityId"
          },
          {
            "$ref": "#/components/parameters/RegionIdQuery"
          }
        ],
        "responses": {
          "204": {
            "description": "The records were deleted."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/v1/tasks/{task_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/TaskId"
        }
      ],
      "get": {
        "operationId": "tasksGet",
        "tags": [
          "Tasks"
        ],
        "summary": "Get task",
        "description": "Get an asynchronous task. Poll until `state` is `FINISHED` (with `created_resources`)\nor `ERROR` (with `error`). A caller sees only the tasks of projects it may access.\n",
        "responses": {
          "200": {
            "description": "The task.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Task"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "APIKey": {
        "type": "apiKey",
        "in": "header",
        "name": "Authorization",
        "description": "The word `APIKey`, one space, then the token: `Authorization: APIKey 1234$abcdef`."
      }
    },
    "schemas": {
      "Image": {
        "type": "object",
        "description": "An image as the API returned it in April 2025 (`ImageSchema`, 32 fields).\nEvery field is always present except the four price fields, which appear only\nwith `include_prices=true`. Timestamps are ISO 8601; the real API may omit the\nUTC offset (`2024-05-05T14:51:26.570866`), so parse them leniently.\n",
        "required": [
          "name",
          "id",
          "architecture",
          "created_at",
          "creator_task_id",
          "description",
          "disk_format",
          "display_order",
          "hw_firmware_type",
          "hw_machine_type",
          "internally_shared",
          "is_baremetal",
          "metadata",
          "metadata_detailed",
          "min_disk",
          "min_ram",
          "os_distro",
          "os_type",
          "os_version",
          "project_id",
          "region",
          "region_id",
          "size",
          "ssh_key",
          "status",
          "task_id",
          "updated_at",
          "visibility"
        ],
        "properties": {
          "name": {
            "type": "string",
            "description": "Image display name.",
            "example": "ubuntu-22.04-x64"
          },
          "id": {
            "type": "string",
            "format": "uuid",
            "description": "Image ID."
          },
          "architecture": {
            "$ref": "#/components/schemas/Architecture"
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "Creation date and time."
          },
          "creator_task_id": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid",
            "description": "The task that created this image."
          },
          "currency_code": {
            "type": [
              "string",
              "null"
            ],
            "description": "Currency of the prices. Present only with `include_prices=true`.",
            "example": "USD"
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "description": "Image description."
          },
          "disk_format": {
            "type": "string",
            "description": "Disk format, e.g. `raw` or `qcow2`.",
            "example": "qcow2"
          },
          "display_order": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Sort order in user interfaces.",
            "example": 2010
          },
          "hw_firmware_type": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/HwFirmwareType"
              },
              {
                "type": "null"
              }
            ],
            "description": "Firmware used to boot the guest."
          },
          "hw_machine_type": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/HwMachineType"
              },
              {
                "type": "null"
              }
            ],
            "description": "Virtual chipset type."
          },
          "internally_shared": {
            "type": "boolean",
            "description": "True when the image has been internally shared."
          },
          "is_baremetal": {
            "type": "boolean",
            "description": "True when the image is meant for bare-metal servers."
          },
          "metadata": {
            "$ref": "#/components/schemas/MetadataMap"
          },
          "metadata_detailed": {
            "type": "array",
            "description": "Metadata items with their read-only flags; the same keys and values as `metadata`.",
            "items": {
              "$ref": "#/components/schemas/MetadataItem"
            }
          },
          "min_disk": {
            "type": "integer",
            "minimum": 0,
            "description": "Minimal boot volume size required, in GiB."
          },
          "min_ram": {
            "type": "integer",
            "minimum": 0,
            "description": "Minimal VM RAM required, in MiB."
          },
          "os_distro": {
            "type": "string",
            "description": "OS distribution.",
            "example": "ubuntu"
          },
          "os_type": {
            "$ref": "#/components/schemas/OsType"
          },
          "os_version": {
            "type": "string",
            "description": "OS version.",
            "example": "22.04"
          },
          "price_per_hour": {
            "type": [
              "number",
              "null"
            ],
            "description": "Price per hour. Present only with `include_prices=true`."
          },
          "price_per_month": {
            "type": [
              "number",
              "null"
            ],
            "description": "Price per month. Present only with `include_prices=true`."
          },
          "price_status": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/PriceStatus"
              },
              {
                "type": "null"
              }
            ],
            "description": "Price status for the UI. Present only with `include_prices=true`."
          },
          "project_id": {
            "type": "integer",
            "description": "Owning project."
          },
          "region": {
            "type": "string",
            "description": "Region name.",
            "example": "Luxembourg 1"
          },
          "region_id": {
            "type": "integer",
            "description": "Region ID."
          },
          "size": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 0,
            "description": "Image size in bytes; 0 while the image is being saved."
          },
          "ssh_key": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/SshKeyPolicy"
              },
              {
                "type": "null"
              }
            ],
            "description": "Whether instances from this image accept, forbid or require an SSH key."
          },
          "status": {
            "type": "string",
            "description": "Image status (`queued`, `saving`, `active`, `deleting`, ...).",
            "example": "active"
          },
          "task_id": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid",
            "description": "The active task holding a lock on the image; null when not locked."
          },
          "updated_at": {
            "type": "string",
            "format": "date-time",
            "description": "Last update date and time."
          },
          "visibility": {
            "$ref": "#/components/schemas/Visibility"
          }
        },
        "example": {
          "name": "ubuntu-22.04-x64",
          "id": "9c35f6e5-7a0a-4a1b-8f1e-2d1c5f3b4a01",
          "architecture": "x86_64",
          "created_at": "2025-04-03T10:00:00.000000+00:00",
          "creator_task_id": null,
          "description": null,
          "disk_format": "qcow2",
          "display_order": 2010,
          "hw_firmware_type": "bios",
          "hw_machine_type": "q35",
          "internally_shared": false,
          "is_baremetal": false,
          "metadata": {
            "os_distro": "ubuntu"
          },
          "metadata_detailed": [
            {
              "key": "os_distro",
              "value": "ubuntu",
              "read_only": true
            }
          ],
          "min_disk": 3,
          "min_ram": 0,
          "os_distro": "ubuntu",
          "os_type": "linux",
          "os_version": "22.04",
          "project_id": 1,
          "region": "Luxembourg 1",
          "region_id": 1,
          "size": 2361393152,
          "ssh_key": "allow",
          "status": "active",
          "task_id": null,
          "updated_at": "2025-04-03T10:00:00.000000+00:00",
          "visibility": "public"
        }
      },
      "ImageList": {
        "type": "object",
        "required": [
          "count",
          "results"
        ],
        "properties": {
          "count": {
            "type": "integer",
            "minimum": 0,
            "description": "Number of images in `results`."
          },
          "results": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Image"
            }
          }
        }
      },
      "ImageCreateFromVolume": {
        "type": "object",
        "description": "Create an image from a bootable volume of the same project and region.",
        "required": [
          "name",
          "volume_id"
        ],
        "additionalProperties": false,
        "properties": {
          "name": {
            "$ref": "#/components/schemas/ImageName"
          },
          "volume_id": {
            "type": "string",
            "format": "uuid",
            "description": "A bootable volume in the same project and region."
          },
          "source": {
            "type": "string",
            "const": "volume",
            "default": "volume",
            "description": "Image source; only `volume` is supported."
          },
          "architecture": {
            "allOf": [
              {
                "$ref": "#/components/schemas/Architecture"
              }
            ],
            "default": "x86_64"
          },
          "hw_firmware_type": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/HwFirmwareType"
              },
              {
                "type": "null"
              }
            ],
            "default": null
          },
          "hw_machine_type": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/HwMachineType"
              },
              {
                "type": "null"
              }
            ],
            "default": null
          },
          "is_baremetal": {
            "type": "boolean",
            "default": false
          },
          "os_type": {
            "allOf": [
              {
                "$ref": "#/components/schemas/OsType"
              }
            ],
            "default": "linux"
          },
          "ssh_key": {
            "allOf": [
              {
                "$ref": "#/components/schemas/SshKeyPolicy"
              }
            ],
            "default": "allow"
          },
          "metadata": {
            "$ref": "#/components/schemas/MetadataMap"
          }
        },
        "example": {
          "name": "web-golden-2025-04",
          "volume_id": "4a2e1f0c-6b7d-4e8f-9a1b-2c3d4e5f6a7b",
          "os_type": "linux",
          "metadata": {
            "owner": "team-a"
          }
        }
      },
      "ImageUpdate": {
        "type": "object",
        "description": "Fields to change; omitted fields stay as they are. `metadata` is merged into the image's metadata.",
        "additionalProperties": false,
        "properties": {
          "name": {
            "$ref": "#/components/schemas/ImageName"
          },
          "hw_firmware_type": {
            "$ref": "#/components/schemas/HwFirmwareType"
          },
          "hw_machine_type": {
            "$ref": "#/components/schemas/HwMachineType"
          },
          "is_baremetal": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "Set to null to remove the property (it then reads as false)."
          },
          "os_type": {
            "$ref": "#/components/schemas/OsType"
          },
          "ssh_key": {
            "$ref": "#/components/schemas/SshKeyPolicy"
          },
          "metadata": {
            "$ref": "#/components/schemas/MetadataMap"
          }
        },
        "example": {
          "name": "web-golden-2025-04b",
          "ssh_key": "required"
        }
      },
      "ImageName": {
        "type": "string",
        "minLength": 3,
        "maxLength": 63,
        "pattern": "^[a-zA-Z0-9][a-zA-Z 0-9._\\-]{1,61}[a-zA-Z0-9._]$",
        "description": "Image name; letters, digits, spaces, dots, underscores and hyphens, 3 to 63 characters."
      },
      "Architecture": {
        "type": "string",
        "enum": [
          "aarch64",
          "x86_64"
        ],
        "description": "CPU architecture of the image."
      },
      "HwFirmwareType": {
        "type": "string",
        "enum": [
          "bios",
          "uefi"
        ],
        "description": "Firmware used to boot the guest."
      },
      "HwMachineType": {
        "type": "string",
        "enum": [
          "i440",
          "q35"
        ],
        "description": "Virtual chipset type: `q35` is the modern PCIe chipset, `i440` the legacy PCI one.\n(The public spec used `pc` instead of `i440` from 2025-04-30 to 2026-04.)\n",
        "x-later-values": [
          "pc"
        ]
      },
      "OsType": {
        "type": "string",
        "enum": [
          "linux",
          "windows"
        ],
        "description": "Installed OS family."
      },
      "PriceStatus": {
        "type": "string",
        "enum": [
          "error",
          "hide",
          "show"
        ],
        "description": "Price status for the UI."
      },
      "SshKeyPolicy": {
        "type": "string",
        "enum": [
          "allow",
          "deny",
          "required"
        ],
        "description": "Whether instances from this image accept, forbid or require an SSH key."
      },
      "Visibility": {
        "type": "string",
        "enum": [
          "private",
          "public",
          "shared"
        ],
        "description": "`public` images are visible to every project the shared-image limits allow;\n`private` images only to their project; `shared` images are project images\nthat a shared-image or reseller-image record makes visible to others.\n"
      },
      "MetadataMap": {
        "type": "object",
        "description": "Metadata key-value pairs. Keys are at most 255 bytes, values at most 1024 bytes\n(UTF-8). Renamed `tags` in later API versions.\n",
        "x-later-name": "tags",
        "propertyNames": {
          "minLength": 1,
          "maxLength": 255
        },
        "additionalProperties": {
          "type": "string",
          "maxLength": 1024
        },
        "example": {
          "owner": "team-a",
          "env": "prod"
        }
      },
      "MetadataItem": {
        "type": "object",
        "description": "One metadata item. Read-only items are set by the system and cannot be changed by users.",
        "required": [
          "key",
          "value",
          "read_only"
        ],
        "properties": {
          "key": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "value": {
            "type": "string",
            "maxLength": 1024
          },
          "read_only": {
            "type": "boolean"
          }
        },
        "example": {
          "key": "os_distro",
          "value": "ubuntu",
          "read_only": true
        }
      },
      "MetadataItemList": {
        "type": "object",
        "required": [
          "count",
          "results"
        ],
        "properties": {
          "count": {
            "type": "integer",
            "minimum": 0
          },
          "results": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/MetadataItem"
            }
          }
        }
      },
      "TaskIdList": {
        "type": "object",
        "required": [
          "tasks"
        ],
        "description": "The tasks started by an asynchronous request. Poll each with `GET /v1/tasks/{task_id}`.",
        "properties": {
          "tasks": {
            "type": "array",
            "items": {
              "type": "string",
              "format": "uuid"
            }
          }
        },
        "example": {
          "tasks": [
            "d1b0f4a2-3c5e-4f6a-9b8c-7d6e5f4a3b21"
          ]
        }
      },
      "Task": {
        "type": "object",
        "description": "An asynchronous task. Poll until `state` is `FINISHED` or `ERROR`.",
        "required": [
          "id",
          "user_id",
          "task_type",
          "state",
          "created_on"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "user_id": {
            "type": "integer"
          },
          "task_type": {
            "type": "string",
            "description": "e.g. `create_image`, `delete_image`.",
            "example": "create_image"
          },
          "state": {
            "$ref": "#/components/schemas/TaskState"
          },
          "created_on": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "updated_on": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "finished_on": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "acknowledged_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "acknowledged_by": {
            "type": [
              "integer",
              "null"
            ]
          },
          "client_id": {
            "type": [
              "integer",
              "null"
            ]
          },
          "project_id": {
            "type": [
              "integer",
              "null"
            ]
          },
          "region_id": {
            "type": [
              "integer",
              "null"
            ]
          },
          "request_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "user_client_id": {
            "type": [
              "integer",
              "null"
            ]
          },
          "error": {
            "type": [
              "string",
              "null"
            ],
            "description": "What went wrong, when `state` is `ERROR`."
          },
          "data": {
            "description": "Task input, as the service recorded it."
          },
          "detailed_state": {
            "type": [
              "string",
              "null"
            ]
          },
          "job_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "lifecycle_policy_id": {
            "type": [
              "integer",
              "null"
            ]
          },
          "schedule_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "created_resources": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/CreatedResources"
              },
              {
                "type": "null"
              }
            ]
          }
        },
        "example": {
          "id": "d1b0f4a2-3c5e-4f6a-9b8c-7d6e5f4a3b21",
          "user_id": 11,
          "task_type": "create_image",
          "state": "FINISHED",
          "created_on": "2025-04-03T10:00:00.000000+00:00",
          "finished_on": "2025-04-03T10:00:05.000000+00:00",
          "project_id": 1,
          "region_id": 1,
          "created_resources": {
            "images": [
              "9c35f6e5-7a0a-4a1b-8f1e-2d1c5f3b4a01"
            ]
          }
        }
      },
      "TaskState": {
        "type": "string",
        "enum": [
          "NEW",
          "RUNNING",
          "FINISHED",
          "ERROR"
        ]
      },
      "CreatedResources": {
        "type": "object",
        "description": "Ids of the resources a task created, by resource type.",
        "properties": {
          "images": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        },
        "additionalProperties": {
          "type": "array",
          "items": {
            "type": [
              "string",
              "integer"
            ]
          }
        }
      },
      "SharedImage": {
        "type": "object",
        "description": "Which public images an entity (a reseller's clients, a client, or a project) may use\nin a region, and which project images are shared with it. `image_ids: null` means all\npublic images; `[]` means none; a list means those images. The most specific record\n(project, then client, then reseller) wins.\n",
        "required": [
          "entity_id",
          "entity_type",
          "image_ids",
          "region_id"
        ],
        "additionalProperties": false,
        "properties": {
          "id": {
            "type": "integer",
            "readOnly": true,
            "description": "Server-assigned record id."
          },
          "entity_id": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "entity_type": {
            "$ref": "#/components/schemas/EntityType"
          },
          "image_ids": {
            "type": [
              "array",
              "null"
            ],
            "maxItems": 1000,
            "items": {
              "type": "string",
              "format": "uuid"
            }
          },
          "region_id": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          }
        },
        "example": {
          "id": 3,
          "entity_id": 5,
          "entity_type": "reseller",
          "image_ids": [
            "b5b4c1a0-1111-4c3d-8e9f-0a1b2c3d4e5f"
          ],
          "region_id": 1
        }
      },
      "SharedImageList": {
        "type": "object",
        "required": [
          "count",
          "results"
        ],
        "properties": {
          "count": {
            "type": "integer",
            "minimum": 0
          },
          "results": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SharedImage"
            }
          }
        }
      },
      "EntityType": {
        "type": "string",
        "enum": [
          "client",
          "project",
          "reseller"
        ]
      },
      "ResellerImage": {
        "type": "object",
        "description": "Deprecated reseller-only form of a shared-image record.",
        "required": [
          "reseller_id",
          "region_id",
          "image_ids"
        ],
        "additionalProperties": false,
        "properties": {
          "reseller_id": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647,
            "description": "Reseller technical client ID."
          },
          "region_id": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "image_ids": {
            "type": [
              "array",
              "null"
            ],
            "maxItems": 1000,
            "items": {
              "type": "string",
              "format": "uuid"
            }
          }
        },
        "example": {
          "reseller_id": 100,
          "region_id": 1,
          "image_ids": null
        }
      },
      "ResellerImageList": {
        "type": "object",
        "required": [
          "count",
          "results"
        ],
        "properties": {
          "count": {
            "type": "integer",
            "minimum": 0
          },
          "results": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ResellerImage"
            }
          }
        }
      },
      "Error": {
        "type": "object",
        "description": "The error body of every non-2xx response.",
        "required": [
          "exception_class",
          "message",
          "request_id"
        ],
        "properties": {
          "exception_class": {
            "type": "string",
            "description": "Machine-readable error type, e.g. `ValidationError`, `NotFoundError`."
          },
          "message": {
            "type": "string",
            "description": "Human-readable text."
          },
          "request_id": {
            "type": "string",
            "description": "Unique request id; quote it to support."
          },
          "invalid_fields": {
            "type": "object",
            "description": "Field name to messages, on `ValidationError`.",
            "additionalProperties": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          },
          "info": {
            "type": "object",
            "description": "Structured extra data.",
            "additionalProperties": true
          }
        },
        "example": {
          "exception_class": "NotFoundError",
          "message": "Image not found",
          "request_id": "6f1e2d3c4b5a69788796a5b4c3d2e1f0"
        }
      }
    },
    "parameters": {
      "ProjectId": {
        "name": "project_id",
        "in": "path",
        "required": true,
        "description": "Project ID.",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 2147483647
        },
        "example": 1
      },
      "RegionId": {
        "name": "region_id",
        "in": "path",
        "required": true,
        "description": "Region ID.",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 2147483647
        },
        "example": 1
      },
      "Visibility": {
        "name": "visibility",
        "in": "query",
        "required": false,
        "description": "Only images with this visibility.",
        "schema": {
          "$ref": "#/components/schemas/Visibility"
        }
      },
      "Private": {
        "name": "private",
        "in": "query",
        "required": false,
        "description": "Any value (even empty) shows private images only: the images owned by the project,\nthe same set as `/v1/projectimages`. Combines with the other filters.\n",
        "schema": {
          "type": "string",
          "maxLength": 16
        }
      },
      "MetadataK": {
        "name": "metadata_k",
        "in": "query",
        "required": false,
        "description": "Only images that have every one of these metadata keys. A JSON array of strings,\ne.g. `[\"owner\",\"env\"]`, URL-encoded. Renamed `tag_key` in later API versions.\n",
        "schema": {
          "type": "string",
          "maxLength": 8192
        },
        "example": "[\"owner\"]"
      },
      "MetadataKv": {
        "name": "metadata_kv",
        "in": "query",
        "required": false,
        "description": "Only images whose metadata has all of these key-value pairs. A JSON object of\nstrings, e.g. `{\"env\":\"prod\"}`, URL-encoded. Renamed `tag_key_value` later.\n",
        "schema": {
          "type": "string",
          "maxLength": 8192
        },
        "example": "{\"env\":\"prod\"}"
      },
      "IncludePrices": {
        "name": "include_prices",
        "in": "query",
        "required": false,
        "description": "Add `currency_code`, `price_per_hour`, `price_per_month` and `price_status` to each image.",
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      "ImageId": {
        "name": "image_id",
        "in": "path",
        "required": true,
        "description": "Image ID.",
        "schema": {
          "type": "string",
          "format": "uuid"
        },
        "example": "9c35f6e5-7a0a-4a1b-8f1e-2d1c5f3b4a01"
      },
      "MetadataKey": {
        "name": "key",
        "in": "query",
        "required": true,
        "description": "The metadata key.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255
        },
        "example": "owner"
      },
      "ResellerId": {
        "name": "reseller_id",
        "in": "path",
        "required": true,
        "description": "Reseller technical client ID.",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 2147483647
        },
        "example": 100
      },
      "RegionIdQuery": {
        "name": "region_id",
        "in": "query",
        "required": false,
        "description": "imgctl extension; limit the records to this region.",
        "x-imgctl-extension": true,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 2147483647
        }
      },
      "EntityType": {
        "name": "entity_type",
        "in": "query",
        "required": false,
        "description": "The kind of entity whose record to read or delete. Defaults to the caller's own entity (see the tag's description).",
        "schema": {
          "$ref": "#/components/schemas/EntityType"
        }
      },
      "EntityId": {
        "name": "entity_id",
        "in": "query",
        "required": false,
        "description": "imgctl extension (the real API identifies the entity from the caller): the entity's id.\nRequired for admins and resellers; for a client it defaults to the caller's client or project.\n",
        "x-imgctl-extension": true,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 2147483647
        }
      },
      "TaskId": {
        "name": "task_id",
        "in": "path",
        "required": true,
        "description": "Task ID.",
        "schema": {
          "type": "string",
          "format": "uuid"
        },
        "example": "d1b0f4a2-3c5e-4f6a-9b8c-7d6e5f4a3b21"
      }
    },
    "examples": {
      "ImageList": {
        "summary": "Own and public images",
        "value": {
          "count": 2,
          "results": [
            {
              "name": "web-golden-2025-04",
              "id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
              "architecture": "x86_64",
              "created_at": "2025-04-10T08:30:00.000000+00:00",
              "creator_task_id": "d1b0f4a2-3c5e-4f6a-9b8c-7d6e5f4a3b21",
              "description": null,
              "disk_format": "raw",
              "display_order": null,
              "hw_firmware_type": "bios",
              "hw_machine_type": "q35",
              "internally_shared": false,
              "is_baremetal": false,
              "metadata": {
                "owner": "team-a",
                "image_source": "volume"
              },
              "metadata_detailed": [
                {
                  "key": "owner",
                  "value": "team-a",
                  "read_only": false
                },
                {
                  "key": "image_source",
                  "value": "volume",
                  "read_only": true
                }
              ],
              "min_disk": 10,
              "min_ram": 0,
              "os_distro": "ubuntu",
              "os_type": "linux",
              "os_version": "22.04",
              "project_id": 1001,
              "region": "Luxembourg 1",
              "region_id": 1,
              "size": 10737418240,
              "ssh_key": "allow",
              "status": "active",
              "task_id": null,
              "updated_at": "2025-04-10T08:31:05.000000+00:00",
              "visibility": "private"
            },
            {
              "name": "ubuntu-22.04-x64",
              "id": "9c35f6e5-7a0a-4a1b-8f1e-2d1c5f3b4a01",
              "architecture": "x86_64",
              "created_at": "2025-04-03T10:00:00.000000+00:00",
              "creator_task_id": null,
              "description": "Ubuntu 22.04 LTS",
              "disk_format": "qcow2",
              "display_order": 2010,
              "hw_firmware_type": "bios",
              "hw_machine_type": "q35",
              "internally_shared": false,
              "is_baremetal": false,
              "metadata": {
                "os_distro": "ubuntu",
                "os_version": "22.04"
              },
              "metadata_detailed": [
                {
                  "key": "os_distro",
                  "value": "ubuntu",
                  "read_only": true
                },
                {
                  "key": "os_version",
                  "value": "22.04",
                  "read_only": true
                }
              ],
              "min_disk": 3,
              "min_ram": 0,
              "os_distro": "ubuntu",
              "os_type": "linux",
              "os_version": "22.04",
              "project_id": 1,
              "region": "Luxembourg 1",
              "region_id": 1,
              "size": 2361393152,
              "ssh_key": "allow",
              "status": "active",
              "task_id": null,
              "updated_at": "2025-04-03T10:00:00.000000+00:00",
              "visibility": "public"
            }
          ]
        }
      },
      "OwnedImageList": {
        "summary": "Own images only",
        "value": {
          "count": 1,
          "results": [
            {
              "name": "web-golden-2025-04",
              "id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
              "architecture": "x86_64",
              "created_at": "2025-04-10T08:30:00.000000+00:00",
              "creator_task_id": "d1b0f4a2-3c5e-4f6a-9b8c-7d6e5f4a3b21",
              "description": null,
              "disk_format": "raw",
              "display_order": null,
              "hw_firmware_type": "bios",
              "hw_machine_type": "q35",
              "internally_shared": false,
              "is_baremetal": false,
              "metadata": {
                "owner": "team-a",
                "image_source": "volume"
              },
              "metadata_detailed": [
                {
                  "key": "owner",
                  "value": "team-a",
                  "read_only": false
                },
                {
                  "key": "image_source",
                  "value": "volume",
                  "read_only": true
                }
              ],
              "min_disk": 10,
              "min_ram": 0,
              "os_distro": "ubuntu",
              "os_type": "linux",
              "os_version": "22.04",
              "project_id": 1001,
              "region": "Luxembourg 1",
              "region_id": 1,
              "size": 10737418240,
              "ssh_key": "allow",
              "status": "active",
              "task_id": null,
              "updated_at": "2025-04-10T08:31:05.000000+00:00",
              "visibility": "private"
            }
          ]
        }
      },
      "ImagePublic": {
        "summary": "A public image",
        "value": {
          "name": "ubuntu-22.04-x64",
          "id": "9c35f6e5-7a0a-4a1b-8f1e-2d1c5f3b4a01",
          "architecture": "x86_64",
          "created_at": "2025-04-03T10:00:00.000000+00:00",
          "creator_task_id": null,
          "description": "Ubuntu 22.04 LTS",
          "disk_format": "qcow2",
          "display_order": 2010,
          "hw_firmware_type": "bios",
          "hw_machine_type": "q35",
          "internally_shared": false,
          "is_baremetal": false,
          "metadata": {
            "os_distro": "ubuntu",
            "os_version": "22.04"
          },
          "metadata_detailed": [
            {
              "key": "os_distro",
              "value": "ubuntu",
              "read_only": true
            },
            {
              "key": "os_version",
              "value": "22.04",
              "read_only": true
            }
          ],
          "min_disk": 3,
          "min_ram": 0,
          "os_distro": "ubuntu",
          "os_type": "linux",
          "os_version": "22.04",
          "project_id": 1,
          "region": "Luxembourg 1",
          "region_id": 1,
          "size": 2361393152,
          "ssh_key": "allow",
          "status": "active",
          "task_id": null,
          "updated_at": "2025-04-03T10:00:00.000000+00:00",
          "visibility": "public"
        }
      },
      "ImagePrivate": {
        "summary": "A project's own image",
        "value": {
          "name": "web-golden-2025-04",
          "id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
          "architecture": "x86_64",
          "created_at": "2025-04-10T08:30:00.000000+00:00",
          "creator_task_id": "d1b0f4a2-3c5e-4f6a-9b8c-7d6e5f4a3b21",
          "description": null,
          "disk_format": "raw",
          "display_order": null,
          "hw_firmware_type": "bios",
          "hw_machine_type": "q35",
          "internally_shared": false,
          "is_baremetal": false,
          "metadata": {
            "owner": "team-a",
            "image_source": "volume"
          },
          "metadata_detailed": [
            {
              "key": "owner",
              "value": "team-a",
              "read_only": false
            },
            {
              "key": "image_source",
              "value": "volume",
              "read_only": true
            }
          ],
          "min_disk": 10,
          "min_ram": 0,
          "os_distro": "ubuntu",
          "os_type": "linux",
          "os_version": "22.04",
          "project_id": 1001,
          "region": "Luxembourg 1",
          "region_id": 1,
          "size": 10737418240,
          "ssh_key": "allow",
          "status": "active",
          "task_id": null,
          "updated_at": "2025-04-10T08:31:05.000000+00:00",
          "visibility": "private"
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "The request is invalid (`ValidationError`); `invalid_fields` names the fields.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "example": {
              "exception_class": "ValidationError",
              "message": "Validation failed: name: must match pattern",
              "request_id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
              "invalid_fields": {
                "name": [
                  "must match pattern"
                ]
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "The `Authorization` header is missing or the API key is not valid.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "example": {
              "exception_class": "NotAuthenticated",
              "message": "Authentication credentials were not provided.",
              "request_id": "1a1b2c3d4e5f60718293a4b5c6d7e8f9"
            }
          }
        }
      },
      "NotFound": {
        "description": "The resource does not exist or the caller may not see it (`NotFoundError`).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "example": {
              "exception_class": "NotFoundError",
              "message": "Image not found",
              "request_id": "3a1b2c3d4e5f60718293a4b5c6d7e8f9"
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Rate limited; retry after the delay in `Retry-After`.",
        "headers": {
          "Retry-After": {
            "description": "Seconds to wait before retrying.",
            "schema": {
              "type": "integer"
            }
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "example": {
              "exception_class": "TooManyRequests",
              "message": "Request was throttled",
              "request_id": "7a1b2c3d4e5f60718293a4b5c6d7e8f9"
            }
          }
        }
      },
      "InternalError": {
        "description": "A transient server error; safe to retry idempotent requests.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "example": {
              "exception_class": "InternalServerError",
              "message": "Internal server error",
              "request_id": "8a1b2c3d4e5f60718293a4b5c6d7e8f9"
            }
          }
        }
      },
      "Forbidden": {
        "description": "The caller may see the resource but not change it (`ForbiddenError`).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "example": {
              "exception_class": "ForbiddenError",
              "message": "Image not available",
              "request_id": "2a1b2c3d4e5f60718293a4b5c6d7e8f9"
            }
          }
        }
      },
      "Conflict": {
        "description": "The resource is in a state that does not allow the request (`ConflictError`).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "example": {
              "exception_class": "ConflictError",
              "message": "Image is locked by task d1b0f4a2-3c5e-4f6a-9b8c-7d6e5f4a3b21",
              "request_id": "4a1b2c3d4e5f60718293a4b5c6d7e8f9"
            }
          }
        }
      },
      "PayloadTooLarge": {
        "description": "The request body is larger than 1 MiB.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "example": {
              "exception_class": "PayloadTooLarge",
              "message": "Request body is larger than 1048576 bytes",
              "request_id": "5a1b2c3d4e5f60718293a4b5c6d7e8f9"
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "description": "The request body is not `application/json`.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "example": {
              "exception_class": "UnsupportedMediaType",
              "message": "Content-Type must be application/json",
              "request_id": "6a1b2c3d4e5f60718293a4b5c6d7e8f9"
            }
          }
        }
      }
    }
  }
};
