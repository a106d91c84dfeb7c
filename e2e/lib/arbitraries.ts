// fast-check arbitraries from the spec's JSON Schemas: valid values, and mutations that
// make a valid value invalid (wrong type, missing required, extra field, bad enum, too long).
import fc from "fast-check";
import { resolve, type Schema } from "./spec.js";

const MAX_ITEMS = 4;

/**
 * Names of Object.prototype members: as a field or a map key they must be handled like any other
 * name (a server that keeps fields in a plain object used as a map answers 500, or drops the key).
 * Generated as own properties (`{ [name]: v }`), which JSON.stringify sends like any key.
 */
export const PROTOTYPE_NAMES = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"] as const;

function types(schema: Schema): string[] {
  if (schema.const !== undefined) return ["const"];
  if (Array.isArray(schema.type)) return schema.type;
  return schema.type ? [schema.type] : [];
}

/** A value that the schema accepts. */
export function valid(input: Schema): fc.Arbitrary<unknown> {
  const schema = resolve(input);
  if (schema.allOf)
    return valid(Object.assign({}, ...schema.allOf.map((s: Schema) => resolve(s)), { allOf: undefined }));
  if (schema.oneOf) return fc.oneof(...schema.oneOf.map((s: Schema) => valid(s)));
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const options = types(schema).map((type) => validOfType(schema, type));
  return options.length === 1 ? options[0]! : fc.oneof(...(options.length ? options : [fc.string()]));
}

function validOfType(schema: Schema, type: string): fc.Arbitrary<unknown> {
  switch (type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1_000_000 });
    case "number":
      return fc.double({
        min: schema.minimum ?? -1e6,
        max: schema.maximum ?? 1e6,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case "string":
      return validString(schema);
    case "array":
      return fc.array(valid(schema.items ?? {}), { maxLength: Math.min(schema.maxItems ?? MAX_ITEMS, MAX_ITEMS) });
    case "object":
      return validObject(schema);
    default:
      return fc.anything();
  }
}

function validString(schema: Schema): fc.Arbitrary<string> {
  if (schema.format === "uuid") return fc.uuid();
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 40, 80);
  if (schema.pattern) {
    return fc
      .stringMatching(new RegExp(schema.pattern))
      .filter((s) => s.length >= minLength && s.length <= (schema.maxLength ?? Infinity));
  }
  return fc
    .string({ unit: "grapheme", minLength, maxLength })
    .filter((s) => [...s].length <= (schema.maxLength ?? Infinity));
}

function validObject(schema: Schema): fc.Arbitrary<Record<string, unknown>> {
  const properties: Record<string, Schema> = schema.properties ?? {};
  const writable = Object.entries(properties).filter(([, s]) => !resolve(s).readOnly);
  const record = fc.record(Object.fromEntries(writable.map(([k, s]) => [k, valid(s)])), {
    requiredKeys: (schema.required ?? []).filter((k: string) => k in properties),
  });
  if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
    const named = schema.propertyNames
      ? validString({ type: "string", ...schema.propertyNames })
      : fc.string({ minLength: 1, maxLength: 20 });
    const keys = fc.oneof(
      { arbitrary: named, weight: 4 },
      { arbitrary: fc.constantFrom(...PROTOTYPE_NAMES), weight: 1 },
    );
    return fc.dictionary(keys, valid(schema.additionalProperties), { maxKeys: 5 }) as fc.Arbitrary<
      Record<string, unknown>
    >;
  }
  return record as fc.Arbitrary<Record<string, unknown>>;
}

/** A value of a JSON type the schema does not allow. */
export function wrongType(input: Schema): fc.Arbitrary<unknown> {
  const schema = resolve(input);
  const allowed = new Set(
    schema.allOf || schema.oneOf || schema.enum || schema.const !== undefined ? [] : types(schema),
  );
  const candidates: Array<[string, fc.Arbitrary<unknown>]> = [
    ["string", fc.constantFrom("", "not-a-number", "true", "\u0000")],
    ["integer", fc.integer()],
    ["boolean", fc.boolean()],
    ["array", fc.constant([1, "two"])],
    ["object", fc.constant({ nested: { deep: true } })],
    ["null", fc.constant(null)],
  ];
  if (allowed.has("number")) allowed.add("integer");
  const options = candidates
    .filter(([type]) => !allowed.has(type) && !(type === "null" && allowed.size === 0))
    .map(([, arb]) => arb);
  return fc.oneof(...options);
}

export type Mutation = { kind: string; apply: (value: Record<string, unknown>) => unknown };

/** Mutations that make a valid object body invalid, each with the reason it is invalid. */
export function invalidBody(input: Schema): fc.Arbitrary<Mutation> {
  const schema = resolve(input);
  const properties: Record<string, Schema> = schema.properties ?? {};
  const mutations: fc.Arbitrary<Mutation>[] = [fc.constant({ kind: "not an object", apply: () => ["an", "array"] })];
  const required: string[] = schema.required ?? [];
  if (required.length) {
    mutations.push(
      fc.constantFrom(...required).map((key) => ({ kind: `missing required ${key}`, apply: (v) => omit(v, key) })),
    );
  }
  if (schema.additionalProperties === false) {
    mutations.push(fc.constant({ kind: "extra field", apply: (v) => ({ ...v, unexpected_field: 1 }) }));
    mutations.push(
      fc
        .constantFrom(...PROTOTYPE_NAMES)
        .map((name) => ({ kind: `extra field ${name}`, apply: (v) => ({ ...v, [name]: 1 }) })),
    );
  }
  const typed = Object.entries(properties).filter(([, s]) => !resolve(s).readOnly);
  if (typed.length) {
    mutations.push(
      fc.constantFrom(...typed).chain(([key, s]) =>
        wrongType(s).map((bad) => ({
          kind: `wrong type for ${key}`,
          apply: (v: Record<string, unknown>) => ({ ...v, [key]: bad }),
        })),
      ),
    );
    const enums = typed.filter(([, s]) => enumOf(s));
    if (enums.length) {
      mutations.push(
        fc
          .constantFrom(...enums)
          .map(([key]) => ({ kind: `bad enum for ${key}`, apply: (v) => ({ ...v, [key]: "not-an-enum-value" }) })),
      );
    }
    const bounded = typed.filter(([, s]) => resolve(s).maxLength !== undefined);
    if (bounded.length) {
      mutations.push(
        fc.constantFrom(...bounded).map(([key, s]) => ({
          kind: `${key} too long`,
          apply: (v) => ({ ...v, [key]: "x".repeat(resolve(s).maxLength + 1) }),
        })),
      );
    }
  }
  if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
    const max = resolve(schema.additionalProperties).maxLength;
    if (max) mutations.push(fc.constant({ kind: "value too long", apply: (v) => ({ ...v, k: "v".repeat(max + 1) }) }));
    mutations.push(fc.constant({ kind: "non-string value", apply: (v) => ({ ...v, k: 42 }) }));
    mutations.push(
      fc
        .constantFrom(...PROTOTYPE_NAMES)
        .map((name) => ({ kind: `non-string value under ${name}`, apply: (v) => ({ ...v, [name]: 42 }) })),
    );
    if (schema.propertyNames?.maxLength) {
      mutations.push(
        fc.constant({
          kind: "key too long",
          apply: (v) => ({ ...v, ["k".repeat(schema.propertyNames.maxLength + 1)]: "v" }),
        }),
      );
    }
  }
  return fc.oneof(...mutations);
}

function enumOf(input: Schema): boolean {
  const schema = resolve(input);
  if (schema.enum) return true;
  return [...(schema.allOf ?? []), ...(schema.oneOf ?? [])].some((s: Schema) => enumOf(s));
}

function omit(value: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _dropped, ...rest } = value;
  return rest;
}
