// Redocly plugin: rules that the recommended set does not have.

/** Every request or response body has an example, on the media type or on its schema. */
function MediaTypeHasExample() {
  return {
    MediaType: {
      enter(media, ctx) {
        if (media.example !== undefined || media.examples !== undefined) return;
        const schema = media.schema && ctx.resolve(media.schema).node;
        if (schema && (schema.example !== undefined || schema.examples !== undefined)) return;
        ctx.report({ message: "Body has no example (on the media type or its schema).", location: ctx.location });
      },
    },
  };
}

/** Every operation documents 400 and 404 or 401, and all its error responses use the shared Error schema. */
function ErrorResponsesUseErrorSchema() {
  return {
    Operation: {
      enter(op, ctx) {
        for (const [status, ref] of Object.entries(op.responses ?? {})) {
          if (!/^[45]\d\d$/.test(status)) continue;
          const response = ctx.resolve(ref).node;
          const schemaRef = response?.content?.["application/json"]?.schema?.$ref ?? "";
          if (!schemaRef.endsWith("Error.yaml") && !schemaRef.endsWith("/Error")) {
            ctx.report({
              message: `Error response ${status} does not use the shared Error schema.`,
              location: ctx.location.child(["responses", status]),
            });
          }
        }
      },
    },
  };
}

export default function imgctlRules() {
  return {
    id: "imgctl",
    rules: {
      oas3: {
        "media-type-has-example": MediaTypeHasExample,
        "error-responses-use-error-schema": ErrorResponsesUseErrorSchema,
      },
    },
  };
}
