// This file was generated from spec/ by packages/types/scripts/generate.mjs. Do not edit it; run `pnpm generate`.
import type { OperationInfo } from "../document-type.js";

/** Every operation of the spec: id, HTTP method, path (relative to the server URL), tag and success status. */
export const specOperations = [
  {
    "operationId": "baremetalImagesCreate",
    "method": "POST",
    "path": "/v1/bmimages/{project_id}/{region_id}",
    "tag": "Bare metal images",
    "summary": "Create bare metal image",
    "successStatus": 200,
    "deprecated": false,
    "requestBody": true
  },
  {
    "operationId": "baremetalImagesList",
    "method": "GET",
    "path": "/v1/bmimages/{project_id}/{region_id}",
    "tag": "Bare metal images",
    "summary": "List bare metal images",
    "successStatus": 200,
    "deprecated": false,
    "requestBody": false
  },
  {
    "operationId": "imageMetadataItemDelete",
    "method": "DELETE",
    "path": "/v1/images/{project_id}/{region_id}/{image_id}/metadata_item",
    "tag": "Image metadata",
    "summary": "Delete image metadata item by key",
    "successStatus": 204,
    "deprecated": false,
    "requestBody": false
  },
  {
    "operationId": "imageMetadataItemGet",
    "method": "GET",
    "path": "/v1/images/{project_id}/{region_id}/{image_id}/metadata_item",
    "tag": "Image metadata",
    "summary": "Get image metadata item by key",
    "successStatus": 200,
    "deprecated": false,
    "requestBody": false
  },
  {
    "operationId": "imageMetadataList",
    "method": "GET",
    "path": "/v1/images/{project_id}/{region_id}/{image_id}/metadata",
    "tag": "Image metadata",
    "summary": "List image metadata",
    "successStatus": 200,
    "deprecated": false,
    "requestBody": false
  },
  {
    "operationId": "imageMetadataMerge",
    "method": "POST",
    "path": "/v1/images/{project_id}/{region_id}/{image_id}/metadata",
    "tag": "Image metadata",
    "summary": "Create or update image metadata",
    "successStatus": 204,
    "deprecated": false,
    "requestBody": true
  },
  {
    "operationId": "imageMetadataReplace",
    "method": "PUT",
    "path": "/v1/images/{project_id}/{region_id}/{image_id}/metadata",
    "tag": "Image metadata",
    "summary": "Replace image metadata",
    "successStatus": 204,
    "deprecated": false,
    "requestBody": true
  },
  {
    "operationId": "imagesCreate",
    "method": "POST",
    "path": "/v1/images/{project_id}/{region_id}",
    "tag": "Images",
    "summary": "Create image",
    "successStatus": 200,
    "deprecated": false,
    "requestBody": true
  },
  {
    "operationId": "imagesDelete",
    "method": "DELETE",
    "path": "/v1/images/{project_id}/{region_id}/{image_id}",
    "tag": "Images",
    "summary": "Delete the image",
    "successStatus": 200,
    "deprecated": false,
    "requestBody": false
  },
  {
    "operationId": "imagesGet",
    "method": "GET",
    "path": "/v1/images/{project_id}/{region_id}/{image_id}",
    "tag": "Images",
    "summary": "Get image",
    "successStatus": 200,
    "deprecated": false,
    "requestBody": false
  },
  {
    "operationId": "imagesList",
    "method": "GET",
    "path": "/v1/images/{project_id}/{region_id}",
    "tag": "Images",
    "summary": "List images",
    "successStatus": 200,
    "deprecated": false,
    "requestBody": false
  },
  {
    "operationId": "imagesListOwned",
    "method": "GET",
    "path": "/v1/projectimages/{project_id}/{region_id}",
    "tag": "Images",
    "summary": "List images owned by project",
    "successStatus": 200,
    "deprecated": false,
    "requestBody": false
  },
  {
    "operationId": "imagesUpdate",
    "method": "PATCH",
    "path": "/v1/images/{project_id}/{region_id}/{image_id}",
    "tag": "Images",
    "summary": "Update image fields",
    "successStatus": 200,
    "deprecated": false,
    "requestBody": true
  },
  {
    "operationId": "imagesUpload",
    "method": "POST",
    "path": "/v1/downloadimage/{project_id}/{region_id}",
    "tag": "Images",
    "summary": "Upload image",
    "successStatus": 200,
    "deprecated": false,
    "requestBody": true
  },
  {
    "operationId": "resellerImagesDelete",
    "method": "DELETE",
    "path": "/v1/reseller_image/{reseller_id}",
    "tag": "Reseller images",
    "summary": "Delete image limits for reseller clients",
    "successStatus": 200,
    "deprecated": true,
    "requestBody": false
  },
  {
    "operationId": "resellerImagesGet",
    "method": "GET",
    "path": "/v1/reseller_image/{reseller_id}",
    "tag": "Reseller images",
    "summary": "Get available image IDs for the reseller",
    "successStatus": 200,
    "deprecated": true,
    "requestBody": false
  },
  {
    "operationId": "resellerImagesSet",
    "method": "PUT",
    "path": "/v1/reseller_image",
    "tag": "Reseller images",
    "summary": "Set or update available image list for reseller",
    "successStatus": 200,
    "deprecated": true,
    "requestBody": true
  },
  {
    "operationId": "sharedImagesDelete",
    "method": "DELETE",
    "path": "/v1/shared_image",
    "tag": "Shared images",
    "summary": "Delete entity shared image",
    "successStatus": 204,
    "deprecated": false,
    "requestBody": false
  },
  {
    "operationId": "sharedImagesGet",
    "method": "GET",
    "path": "/v1/shared_image",
    "tag": "Shared images",
    "summary": "Get available image IDs",
    "successStatus": 200,
    "deprecated": false,
    "requestBody": false
  },
  {
    "operationId": "sharedImagesSet",
    "method": "PUT",
    "path": "/v1/shared_image",
    "tag": "Shared images",
    "summary": "Create or update shared image",
    "successStatus": 200,
    "deprecated": false,
    "requestBody": true
  },
  {
    "operationId": "tasksAcknowledge",
    "method": "POST",
    "path": "/v1/tasks/{task_id}/acknowledge",
    "tag": "Tasks",
    "summary": "Acknowledge one task",
    "successStatus": 200,
    "deprecated": false,
    "requestBody": false
  },
  {
    "operationId": "tasksAcknowledgeAll",
    "method": "POST",
    "path": "/v1/tasks/acknowledge_all",
    "tag": "Tasks",
    "summary": "Acknowledge all tasks",
    "successStatus": 204,
    "deprecated": false,
    "requestBody": false
  },
  {
    "operationId": "tasksGet",
    "method": "GET",
    "path": "/v1/tasks/{task_id}",
    "tag": "Tasks",
    "summary": "Get task",
    "successStatus": 200,
    "deprecated": false,
    "requestBody": false
  },
  {
    "operationId": "tasksList",
    "method": "GET",
    "path": "/v1/tasks",
    "tag": "Tasks",
    "summary": "List tasks",
    "successStatus": 200,
    "deprecated": false,
    "requestBody": false
  },
  {
    "operationId": "tasksListActive",
    "method": "GET",
    "path": "/v1/tasks/{project_id}/{region_id}/active",
    "tag": "Tasks",
    "summary": "List active tasks",
    "successStatus": 200,
    "deprecated": false,
    "requestBody": false
  }
] as const satisfies readonly OperationInfo[];

export type OperationId = (typeof specOperations)[number]["operationId"];
