// Helpers over the bundled spec: resolve $refs, list operations with their parameters,
// and validate responses with ajv — an oracle independent of the emulator's own validation.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { openapiDocument, specOperations } from "@imgctl/types/spec";

export type Schema = Record<string, any>;
export type Operation = (typeof specOperations)[number];

export interface Parameter {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  schema: Schema;
}

const doc = openapiDocument as unknown as Schema;

export function resolve<T = Schema>(node: Schema): T {
  let current = node;
  while (current && typeof current.$ref === "string") {
    const parts = current.$ref.replace(/^#\//, "").split("/");
    current = parts.reduce((acc: Schema, key: string) => acc[key.replace(/~1/g, "/").replace(/~0/g, "~")], doc);
  }
  return current as T;
}

export function operationObject(op: Operation): Schema {
  return doc.paths[op.path][op.method.toLowerCase()];
}

export function parametersOf(op: Operation): Parameter[] {
  const pathItem = doc.paths[op.path];
  const all = [...(pathItem.parameters ?? []), ...(operationObject(op).parameters ?? [])].map((p: Schema) => resolve(p));
  return all.map((p: Schema) => ({ name: p.name, in: p.in, required: p.required === true, schema: p.schema }));
}

export function requestBodySchema(op: Operation): Schema | undefined {
  const body = operationObject(op).requestBody;
  return body ? resolve(body).content["application/json"].schema : undefined;
}

export function documentedStatuses(op: Operation): number[] {
  return Object.keys(operationObject(op).responses).map(Number);
}

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
addFormats.default(ajv);
ajv.addSchema({ $id: "spec", components: doc.components });

const responseValidators = new Map<string, ReturnType<typeof ajv.compile>>();

/** Validates a response body against the schema documented for (operation, status); null when it conforms. */
export function responseProblem(op: Operation, status: number, body: unknown): string | null {
  const response = resolve(operationObject(op).responses[String(status)] ?? {});
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

export { specOperations };
