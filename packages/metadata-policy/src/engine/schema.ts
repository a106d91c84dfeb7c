// The policy JSON Schema (draft 2020-12). Defined in code so the engine needs no file I/O; the build writes the
// same object to schema/metadata-policy.schema.json and a test keeps the two identical.

const str = { type: "string" } as const;
const strList = { type: "array", items: { type: "string" } } as const;
const nonEmptyStrList = { type: "array", items: { type: "string" }, minItems: 1 } as const;
const enforcement = { enum: ["deny", "warn", "audit", "off"] } as const;
const layer = { enum: ["org", "project", "local"] } as const;
const idPattern = { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]*$", maxLength: 128 } as const;

const ruleCommon = {
  id: idPattern,
  type: str,
  description: str,
  enforcement,
  severity: { enum: ["critical", "high", "medium", "low"] },
  match: { $ref: "#/$defs/selector" },
  exclude: { $ref: "#/$defs/selector" },
  keyCase: { enum: ["exact", "canonical", "ignore"] },
  valueCase: { enum: ["exact", "ignore"] },
  childOperators: { type: "array", items: { enum: ["assign", "append", "remove"] }, uniqueItems: true },
  childMayRelax: { type: "boolean" },
  waivableBy: { type: "array", items: layer, uniqueItems: true },
};

const patternFields = { pattern: str, flags: { type: "string", pattern: "^[imsvy]*$" }, search: { type: "boolean" } };

function rule(
  type: string,
  properties: Record<string, unknown>,
  required: string[],
  extra: Record<string, unknown> = {},
) {
  return {
    type: "object",
    additionalProperties: false,
    required: ["id", "type", ...required],
    properties: { ...ruleCommon, type: { const: type }, ...properties },
    ...extra,
  };
}

const ruleDefs = {
  required: rule("required", { keys: nonEmptyStrList, allowEmpty: { type: "boolean" } }, ["keys"]),
  allowedValues: rule("allowedValues", { key: str, values: strList, wildcards: { type: "boolean" } }, [
    "key",
    "values",
  ]),
  valuePattern: rule("valuePattern", { key: str, keyPattern: str, ...patternFields }, ["pattern"], {
    oneOf: [{ required: ["key"] }, { required: ["keyPattern"] }],
  }),
  keyPattern: rule("keyPattern", { ...patternFields, rename: { type: "object", additionalProperties: str } }, [
    "pattern",
  ]),
  canonicalKeys: rule("canonicalKeys", { keys: nonEmptyStrList }, ["keys"]),
  valueType: rule(
    "valueType",
    {
      key: str,
      valueType: { enum: ["string", "integer", "number", "boolean", "date", "uuid", "url", "email", "semver", "json"] },
      min: { type: ["number", "string"] },
      max: { type: ["number", "string"] },
    },
    ["key", "valueType"],
  ),
  length: rule(
    "length",
    { key: str, min: { type: "integer", minimum: 0 }, max: { type: "integer", minimum: 0 } },
    ["key"],
    {
      anyOf: [{ required: ["min"] }, { required: ["max"] }],
    },
  ),
  forbidden: rule(
    "forbidden",
    { keys: strList, prefixes: strList, patterns: strList, flags: patternFields.flags, search: { type: "boolean" } },
    [],
    {
      anyOf: [{ required: ["keys"] }, { required: ["prefixes"] }, { required: ["patterns"] }],
    },
  ),
  protected: rule(
    "protected",
    {
      keys: strList,
      patterns: strList,
      flags: patternFields.flags,
      operations: { type: "array", items: { enum: ["update", "delete"] }, minItems: 1 },
    },
    [],
    { anyOf: [{ required: ["keys"] }, { required: ["patterns"] }] },
  ),
  default: rule(
    "default",
    { key: str, value: str, operation: { enum: ["addIfMissing", "addOrReplace", "remove", "renameToCanonical"] } },
    ["key"],
  ),
  conditional: rule(
    "conditional",
    { if: { $ref: "#/$defs/selector" }, then: { type: "array", items: { $ref: "#/$defs/rule" }, minItems: 1 } },
    ["if", "then"],
  ),
};

const ruleTypes = Object.keys(ruleDefs);

export const policySchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://imgctl.dev/schemas/metadata-policy/v1.json",
  title: "imgctl metadata policy (metadata-policy/v1)",
  type: "object",
  additionalProperties: false,
  required: ["apiVersion", "kind", "metadata", "spec"],
  properties: {
    $schema: str,
    apiVersion: { const: "metadata-policy/v1" },
    kind: { const: "MetadataPolicy" },
    metadata: {
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: { type: "string", minLength: 1 },
        layer,
        description: str,
        scope: {
          type: "object",
          additionalProperties: false,
          properties: {
            projectIds: { type: "array", items: { type: "integer" } },
            regionIds: { type: "array", items: { type: "integer" } },
          },
        },
      },
    },
    spec: {
      type: "object",
      additionalProperties: false,
      properties: {
        defaults: {
          type: "object",
          additionalProperties: false,
          properties: {
            enforcement,
            keyCase: ruleCommon.keyCase,
            valueCase: ruleCommon.valueCase,
            readOnlyItems: { enum: ["evaluate", "skip"] },
          },
        },
        limits: {
          type: "object",
          additionalProperties: false,
          properties: {
            maxItems: { type: "integer", minimum: 0 },
            maxKeyLength: { type: "integer", minimum: 1 },
            maxValueLength: { type: "integer", minimum: 0 },
            maxRegexInput: { type: "integer", minimum: 1 },
            enforcement,
          },
        },
        settings: {
          type: "object",
          additionalProperties: false,
          properties: { maxWaiverDays: { type: "integer", minimum: 1 }, writeScope: { enum: ["introduced", "full"] } },
        },
        match: { $ref: "#/$defs/selector" },
        exclude: { $ref: "#/$defs/selector" },
        rules: { type: "array", items: { $ref: "#/$defs/rule" } },
        waivers: { type: "array", items: { $ref: "#/$defs/waiver" } },
      },
    },
  },
  $defs: {
    selector: {
      type: "object",
      additionalProperties: false,
      properties: {
        visibility: { type: "array", items: { enum: ["private", "public", "shared"] }, minItems: 1 },
        projectIds: { type: "array", items: { type: "integer" }, minItems: 1 },
        regionIds: { type: "array", items: { type: "integer" }, minItems: 1 },
        imageIds: nonEmptyStrList,
        imageNames: nonEmptyStrList,
        osType: nonEmptyStrList,
        metadata: {
          type: "object",
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            minProperties: 1,
            properties: { in: strList, notIn: strList, exists: { type: "boolean" }, ...patternFields },
          },
        },
      },
    },
    extensionRule: {
      type: "object",
      additionalProperties: false,
      required: ["id", "extends", "operator"],
      properties: {
        id: idPattern,
        extends: str,
        operator: { enum: ["assign", "append", "remove"] },
        values: strList,
        keys: strList,
        enforcement,
        severity: ruleCommon.severity,
        description: str,
      },
    },
    rule: {
      if: { type: "object", required: ["extends"] },
      then: { $ref: "#/$defs/extensionRule" },
      else: {
        type: "object",
        required: ["id", "type"],
        properties: { type: { enum: ruleTypes } },
        allOf: ruleTypes.map((t) => ({
          if: { properties: { type: { const: t } } },
          then: { $ref: `#/$defs/rule_${t}` },
        })),
      },
    },
    ...Object.fromEntries(Object.entries(ruleDefs).map(([k, v]) => [`rule_${k}`, v])),
    waiver: {
      type: "object",
      additionalProperties: false,
      required: ["id", "rules", "category", "reason", "expires"],
      properties: {
        id: idPattern,
        rules: nonEmptyStrList,
        match: { $ref: "#/$defs/selector" },
        exclude: { $ref: "#/$defs/selector" },
        category: { enum: ["waiver", "mitigated"] },
        reason: { type: "string", minLength: 1 },
        approvedBy: str,
        // A pattern rather than `format`, so no ajv-formats dependency; the semantic pass parses the date.
        expires: {
          type: "string",
          pattern: "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$",
        },
      },
    },
  },
} as const;
