// Data, not code: the bundled OpenAPI document and the list of its operations, so the
// emulator, the client and the CLI can be checked against the same spec.
export { openapiDocument } from "./generated/openapi-document.js";
export { specOperations } from "./generated/operations.js";
export type { OperationId } from "./generated/operations.js";
export type { OpenApiDocument, OperationInfo } from "./document-type.js";
