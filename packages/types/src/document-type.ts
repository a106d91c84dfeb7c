/** A loose shape of the bundled OpenAPI document: enough to walk paths and operations. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; [key: string]: unknown };
  servers?: Array<{ url: string; description?: string }>;
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

/** One operation of the spec, as listed in `specOperations`. */
export interface OperationInfo {
  operationId: string;
  method: "GET" | "PUT" | "POST" | "DELETE" | "PATCH";
  path: string;
  tag: string;
  summary: string;
  successStatus: number;
  deprecated: boolean;
  /** Whether the operation takes a JSON request body (a POST may have none: acknowledge). */
  requestBody: boolean;
}
