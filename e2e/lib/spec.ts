// Helpers over the bundled spec of each API generation: resolve $refs, list operations with their
// parameters, and validate responses with ajv — an oracle independent of the emulator's own
// validation. The module-level functions speak of the seed generation (2025-04); `specOf(version)`
// gives the same helpers over another generation's document.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { type ApiVersion, openapiDocuments, specOperationsByVersion } from "@imgctl/types/spec";

export type Schema = Record<string, any>;
export type Operation = (typeof specOperationsByVersion)[ApiVersion][number];

export interface Parameter {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  schema: Schema;
}

/**
 * The document that `resolve` reads $refs in. The schema arbitraries resolve with it, so a suite
 * of another generation makes its document the active one before it builds any (`specOf(v).activate()`).
 */
let doc = openapiDocuments["2025-04"] as unknown as Schema;

export function resolve<T = Schema>(node: Schema): T {
  let current = node;
  while (current && typeof current.$ref === "string") {
    const parts = current.$ref.replace(/^#\//, "").split("/");
    current = parts.reduce((acc: Schema, key: string) => acc[key.replace(/~1/g, "/").replace(/~0/g, "~")], doc);
  }
  return current as T;
}

function helpersOver(version: ApiVersion) {
  const document = openapiDocuments[version] as unknown as Schema;
  const inDoc = <T = Schema>(node: Schema): T => {
    const previous = doc;
    doc = document;
    try {
      return resolve<T>(node);
    } finally {
      doc = previous;
    }
  };
  const specOperations: readonly Operation[] = specOperationsByVersion[version];
  function operationObject(op: Operation): Schema {
    return document.paths[op.path][op.method.toLowerCase()];
  }

  function parametersOf(op: Operation): Parameter[] {
    const pathItem = document.paths[op.path];
    const all = [...(pathItem.parameters ?? []), ...(operationObject(op).parameters ?? [])].map((p: Schema) =>
      inDoc(p),
    );
    return all.map((p: Schema) => ({ name: p.name, in: p.in, required: p.required === true, schema: p.schema }));
  }

  function requestBodySchema(op: Operation): Schema | undefined {
    const body = operationObject(op).requestBody;
    return body ? inDoc(body).content["application/json"].schema : undefined;
  }

  function documentedStatuses(op: Operation): number[] {
    return Object.keys(operationObject(op).responses).map(Number);
  }

  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: "spec", components: document.components });

  const responseValidators = new Map<string, ReturnType<typeof ajv.compile>>();

  /** Validates a response body against the schema documented for (operation, status); null when it conforms. */
  function responseProblem(op: Operation, status: number, body: unknown): string | null {
    const response = inDoc(operationObject(op).responses[String(status)] ?? {});
    const schema = response.content?.["application/json"]?.schema;
    if (!schema) return body === undefined ? null : `status ${status} documents no body, got one`;
    const key = `${op.operationId} ${status}`;
    let validate = responseValidators.get(key);
    if (!validate) {
      // Every documented body is a $ref to a component (the bundler puts them there).
      validate = ajv.compile({ $ref: `spec${schema.$ref}` });
      responseValidators.set(key, validate);
    }
    return validate(body) ? null : ajv.errorsText(validate.errors);
  }
  return {
    version,
    specOperations,
    resolve: inDoc,
    operationObject,
    parametersOf,
    requestBodySchema,
    documentedStatuses,
    responseProblem,
    /** Makes this generation's document the one `resolve` (and so the arbitraries) reads. */
    activate: () => {
      doc = document;
    },
  };
}

export type SpecHelpers = ReturnType<typeof helpersOver>;

const helpers = new Map<ApiVersion, SpecHelpers>();

/** The helpers over one generation's document (made once). */
export function specOf(version: ApiVersion): SpecHelpers {
  let h = helpers.get(version);
  if (!h) helpers.set(version, (h = helpersOver(version)));
  return h;
}

const seed = specOf("2025-04");
export const { operationObject, parametersOf, requestBodySchema, documentedStatuses, responseProblem, specOperations } =
  seed;
