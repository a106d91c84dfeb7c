// Data, not code: the bundled OpenAPI document and the list of its operations, so the
// emulator, the client and the CLI can be checked against the same spec.
import { createRequire } from "node:module";
import type { OpenApiDocument } from "./document-type.js";

// The one committed copy of the bundled spec is generated/openapi.json; it is read through the
// package's own "./openapi.json" export, which resolves the same from src/ (tests) and dist/.
// (A JSON import would print an "experimental feature" warning on Node 20.)
const require = createRequire(import.meta.url);

/** The bundled spec (all $refs between files resolved into components). */
export const openapiDocument: OpenApiDocument = require("@imgctl/types/openapi.json");
export { specOperations } from "./generated/operations.js";
export type { OperationId } from "./generated/operations.js";
export type { OpenApiDocument, OperationInfo } from "./document-type.js";
