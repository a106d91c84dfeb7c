// This file was generated from spec/ by packages/types/scripts/generate.mjs. Do not edit it; run `pnpm generate`.
import type { OperationInfo } from "../../document-type.js";

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
    "tag": "Image tags",
    "summary": "Delete image tag",
    "successStatus": 204,
    "deprecated": true,
    "requestBody": false
  },
  {
    "operationId": "imageMetadataItemGet",
    "method": "GET",
    "path": "/v1/images/{project_id}/{region_id}/{image_id}/metadata_item",
    "tag": "Image tags",
    "summary": "Get image tag",
    "successStatus": 200,
    "deprecated": true,
    "requestBody": false
  },
  {
    "operationId": "imageMetadataList",
    "method": "GET",
    "path": "/v1/images/{project_id}/{region_id}/{image_id}/metadata",
    "tag": "Image tags",
    "summary": "List image tags",
    "successStatus": 200,
    "deprecated": true,
    "requestBody": false
  },
  {
    "operationId": "imageMetadataMerge",
    "method": "POST",
    "path": "/v1/images/{project_id}/{region_id}/{image_id}/metadata",
    "tag": "Image tags",
    "summary": "Create or update image tags",
    "successStatus": 204,
    "deprecated": true,
    "requestBody": true
  },
  {
    "operationId": "imageMetadataReplace",
    "method": "PUT",
    "path": "/v1/images/{project_id}/{region_id}/{image_id}/metadata",
    "tag": "Image tags",
    "summary": "Replace image tags",
    "successStatus": 204,
    "deprecated": true,
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
    "summary": "Update image",
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
