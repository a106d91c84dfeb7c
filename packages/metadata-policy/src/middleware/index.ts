// openapi-fetch middleware for @imgctl/client users: judge metadata writes before they are sent.
//   client.use(metadataPolicy({ policy, mode: "enforce", client }))
// The current state is read through `client.fetch`, the transport without openapi-fetch middleware, so this
// middleware never sees (or recurses into) its own reads.
import type { ImagesClient } from "@imgctl/client";
import type { ApiVersion, MetadataWrite, MetadataWriteImage, MetadataWriteOperationId } from "@imgctl/types";
import type { PolicyDocument } from "../engine/document.js";
import { toImageContext } from "../engine/image-context.js";
import { policyFrom } from "../engine/load.js";
import { createsImage, judgeMetadataWrite } from "../engine/metadata-write.js";
import type { EffectivePolicy } from "../engine/policy.js";
import type { WriteDecision, WriteScope } from "../engine/types.js";
import { MetadataPolicyError, MetadataPolicyStateError } from "./error.js";
import { imageUrl, matchWrite, type MatchedWrite } from "./routes.js";

export { MetadataPolicyError, MetadataPolicyStateError } from "./error.js";
export { matchWrite, type MatchedWrite } from "./routes.js";

type Middleware = Parameters<ImagesClient["use"]>[0];

export interface MetadataPolicyOptions {
  /** A compiled policy, or policy documents / YAML-JSON texts (invalid: throws here, at construction). */
  policy: EffectivePolicy | string | PolicyDocument | Array<string | PolicyDocument>;
  /** enforce: throw on deny; audit: the audit ceiling (send, report via onDecision and `wouldDeny`); off: pass untouched. */
  mode?: "enforce" | "audit" | "off";
  /** The client whose `fetch` reads the current image (auth, retries; no middleware). */
  client: Pick<ImagesClient, "fetch">;
  writeScope?: WriteScope;
  /** State read failure: "fail" refuses the write (default), "ignore" sends it unjudged. */
  failurePolicy?: "fail" | "ignore";
  onDecision?: (decision: WriteDecision, write: MatchedWrite) => void;
  /**
   * How a denial reaches the caller: "throw" (default) a MetadataPolicyError; "response" a synthetic 422 with the
   * API's error body (`exception_class: "MetadataPolicyDenied"`, plus `decision`), never sent to the server.
   */
  denyAs?: "throw" | "response";
  /** Apply `default` rules (addIfMissing only) to the body before judging and sending it (like Azure Policy's `modify` effect). */
  mutate?: boolean;
  now?: () => Date;
  replacePreservesReadOnly?: boolean;
  /**
   * The generation the client speaks. Without it each request says: an image body with `tags` is a 2026-08 write
   * (creates, uploads, and the PATCH whose `tags` is a merge patch), one with `metadata` a 2025-04 write. With it, only
   * that generation's field counts, and the deprecated `/metadata` writes get 2026-08's tag key and value checks.
   */
  apiVersion?: ApiVersion;
}

const isCompiled = (p: MetadataPolicyOptions["policy"]): p is EffectivePolicy =>
  typeof p === "object" && p !== null && "rules" in p && "digest" in p;

export function metadataPolicy(options: MetadataPolicyOptions): Middleware {
  const policy = isCompiled(options.policy) ? options.policy : policyFrom(options.policy as never);
  const mode = options.mode ?? "enforce";

  async function currentImage(
    request: Request,
    write: MatchedWrite,
    schemaPath: string,
    path: Record<string, unknown>,
  ): Promise<MetadataWriteImage> {
    if (createsImage(write.operationId)) return { metadata: [] };
    const url = imageUrl(request.url, schemaPath, path);
    if (!url)
      throw new MetadataPolicyStateError(
        `cannot read image ${write.imageId}: ${request.url} does not end with ${schemaPath}`,
      );
    let response: Response;
    try {
      response = await options.client.fetch(
        new Request(url, { method: "GET", headers: { accept: "application/json", "x-metadata-policy-skip": "1" } }),
      );
    } catch (e) {
      throw new MetadataPolicyStateError(`cannot read image ${write.imageId}: ${(e as Error).message}`, e);
    }
    if (!response.ok) throw new MetadataPolicyStateError(`cannot read image ${write.imageId}: HTTP ${response.status}`);
    const { projectId: _p, regionId: _r, ...image } = toImageContext(await response.json());
    return image;
  }

  // Audit mode is the audit ceiling of `policy plan-write --enforcement-ceiling audit`: the engine caps every finding,
  // so the decision is allow (the write is sent) and `wouldDeny` reports what enforce mode would have refused.
  const writeOptions = () => ({
    ...(mode === "audit" ? { ceiling: "audit" as const } : {}),
    ...(options.now ? { now: options.now() } : {}),
    ...(options.writeScope ? { scope: options.writeScope } : {}),
    ...(options.replacePreservesReadOnly !== undefined
      ? { replacePreservesReadOnly: options.replacePreservesReadOnly }
      : {}),
  });

  return {
    async onRequest({ request, schemaPath, params }) {
      if (mode === "off" || request.headers.has("x-metadata-policy-skip")) return undefined;
      const path = (params?.path ?? {}) as Record<string, unknown>;
      const matched = matchWrite(request.method, schemaPath, path);
      if (!matched) return undefined;
      const body = await readMetadata(request, matched, options.apiVersion);
      if (body === "skip") return undefined;
      let before: MetadataWriteImage;
      try {
        before = await currentImage(request, matched, schemaPath, path);
      } catch (e) {
        if (options.failurePolicy === "ignore") return undefined;
        throw e;
      }
      const key =
        matched.operationId === "imageMetadataItemDelete"
          ? ((params?.query as { key?: unknown } | undefined)?.key ?? new URL(request.url).searchParams.get("key"))
          : undefined;
      const write: MetadataWrite = { ...matched, ...body, ...(typeof key === "string" ? { key } : {}), before };
      const opts = writeOptions();
      let decision = judgeMetadataWrite(policy, write, opts);
      let outgoing: Request | undefined;
      const withDefaults = options.mutate ? addDefaults(write, decision) : undefined;
      if (withDefaults) {
        decision = judgeMetadataWrite(policy, withDefaults, opts);
        outgoing = await rewriteBody(request, withDefaults);
      }
      options.onDecision?.(decision, matched);
      if (decision.decision !== "deny") return outgoing;
      const error = new MetadataPolicyError(decision);
      if (options.denyAs !== "response") throw error;
      const { before: _b, after: _a, state: _s, ...summary } = decision;
      return new Response(
        JSON.stringify({
          exception_class: "MetadataPolicyDenied",
          message: error.message,
          request_id: null,
          decision: summary,
        }),
        {
          status: 422,
          headers: { "content-type": "application/json" },
        },
      );
    },
  };
}

// Creates, uploads and image updates send an image body with `metadata` inside; the other writes send the metadata.
const carriesImage = (write: { operationId: MetadataWriteOperationId }) =>
  createsImage(write.operationId) || write.operationId === "imagesUpdate";

/** The image body's field that carries the items in a generation: 2026-08 renamed `metadata` to `tags`. */
const FIELD: Record<ApiVersion, "metadata" | "tags"> = { "2025-04": "metadata", "2026-08": "tags" };

type WriteBody = Pick<MetadataWrite, "metadata" | "apiVersion">;

/** The metadata a write request sends; "skip" for an image create/update without metadata (no concern of the policy). */
async function readMetadata(
  request: Request,
  write: MatchedWrite,
  apiVersion: ApiVersion | undefined,
): Promise<WriteBody | "skip"> {
  const generation = apiVersion ? { apiVersion } : {};
  if (write.operationId === "imageMetadataItemDelete") return generation;
  const text = await request.clone().text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    body = text; // not JSON: the engine reports builtin/invalid-write
  }
  if (!carriesImage(write)) return { metadata: body, ...generation };
  const image = (body ?? {}) as { metadata?: unknown; tags?: unknown };
  const version = apiVersion ?? (image.tags !== undefined ? "2026-08" : "2025-04");
  const metadata = image[FIELD[version]];
  return metadata === undefined ? "skip" : { metadata, apiVersion: version };
}

/** The write with the missing `default` values (addIfMissing) added to its body, or undefined when none is missing. */
function addDefaults(write: MetadataWrite, decision: WriteDecision): MetadataWrite | undefined {
  const body = write.metadata;
  if (
    write.operationId === "imageMetadataItemDelete" ||
    body === null ||
    typeof body !== "object" ||
    Array.isArray(body)
  )
    return undefined;
  const adds = decision.after.findings.filter(
    (f) => f.reason === "default-missing" && f.fix?.op === "add" && f.fix.value !== undefined,
  );
  if (adds.length === 0) return undefined;
  return {
    ...write,
    metadata: {
      ...(body as Record<string, unknown>),
      ...Object.fromEntries(adds.map((f) => [f.fix!.key, f.fix!.value!])),
    },
  };
}

/** The request to send instead, with the completed metadata (inside the image body for create/update). */
async function rewriteBody(request: Request, write: MetadataWrite): Promise<Request> {
  const original = carriesImage(write) ? JSON.parse(await request.clone().text()) : undefined;
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  const field = FIELD[write.apiVersion ?? "2025-04"];
  return new Request(request, {
    headers,
    body: JSON.stringify(original ? { ...original, [field]: write.metadata } : write.metadata),
  });
}
