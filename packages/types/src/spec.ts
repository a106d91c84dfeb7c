// Data, not code: the bundled OpenAPI documents and the lists of their operations, one per API generation, so the
// emulator, the client and the CLI can be checked against the same spec. `openapiDocument` and `specOperations`
// keep meaning the seed generation (2025-04) for the code written before there were two.
import { createRequire } from "node:module";
import type { ApiVersion } from "./api-version.js";
import type { OpenApiDocument } from "./document-type.js";
import { specOperations as specOperations2026_08 } from "./generated/2026-08/operations.js";
import { specOperations } from "./generated/operations.js";

// The one committed copy of each bundled spec is generated/…/openapi.json; it is read through the
// package's own JSON exports, which resolve the same from src/ (tests) and dist/.
// (A JSON import would print an "experimental feature" warning on Node 20.)
const require = createRequire(import.meta.url);

/** The bundled 2025-04 spec (all $refs between files resolved into components). */
export const openapiDocument: OpenApiDocument = require("@imgctl/types/openapi.json");

/** The bundled spec of each API generation. */
export const openapiDocuments: { readonly [V in ApiVersion]: OpenApiDocument } = {
  "2025-04": openapiDocument,
  "2026-08": require("@imgctl/types/2026-08/openapi.json"),
};

/** The operations of each API generation (`specOperations` is the 2025-04 list). */
export const specOperationsByVersion = {
  "2025-04": specOperations,
  "2026-08": specOperations2026_08,
} as const;

export { specOperations };
export { apiVersions } from "./api-version.js";
export type { ApiVersion } from "./api-version.js";
export type { OperationId } from "./generated/operations.js";
export type { OperationId as OperationId2026_08 } from "./generated/2026-08/operations.js";
export type { OpenApiDocument, OperationInfo } from "./document-type.js";
