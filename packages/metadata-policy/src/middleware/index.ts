// openapi-fetch middleware for @imgctl/client users: judge metadata writes before they are sent.
//   client.use(metadataPolicy({ policy, mode: "enforce", client }))
// The current state is read through `client.fetch`, the transport without openapi-fetch middleware, so this
// middleware never sees (or recurses into) its own reads.
import type { ImagesClient } from "@imgctl/client";
import type { PolicyDocument } from "../engine/document.js";
import { policyFrom } from "../engine/load.js";
import type { EffectivePolicy } from "../engine/policy.js";
import type { ImageContext, WriteDecision, WriteScope } from "../engine/types.js";
import { planWrite } from "../engine/write.js";
import { toImageContext } from "../engine/image-context.js";
import { MetadataPolicyError, MetadataPolicyStateError } from "./error.js";
import { matchWrite, type MatchedWrite } from "./routes.js";

export { MetadataPolicyError, MetadataPolicyStateError } from "./error.js";
export { matchWrite } from "./routes.js";

type Middleware = Parameters<ImagesClient["use"]>[0];

export interface MetadataPolicyOptions {
  /** A compiled policy, or policy documents / YAML-JSON texts (invalid: throws here, at construction). */
  policy: EffectivePolicy | string | PolicyDocument | Array<string | PolicyDocument>;
  /** enforce: throw on deny; audit: send anyway, report via onDecision; off: pass everything untouched. */
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
  /** Apply `default` rules (addIfMissing only) to the body before judging and sending it (Azure's modify [S10]). */
  mutate?: boolean;
  now?: () => Date;
  replacePreservesReadOnly?: boolean;
}

const isCompiled = (p: MetadataPolicyOptions["policy"]): p is EffectivePolicy => typeof p === "object" && p !== null && "rules" in p && "digest" in p;

export function metadataPolicy(options: MetadataPolicyOptions): Middleware {
  const policy = isCompiled(options.policy) ? options.policy : policyFrom(options.policy as never);
  const mode = options.mode ?? "enforce";

  async function currentImage(request: Request, write: MatchedWrite): Promise<ImageContext> {
    if (write.operation === "create") return { metadata: [], projectId: write.projectId, regionId: write.regionId };
    const url = new URL(request.url);
    url.pathname = url.pathname.replace(/\/(metadata|metadata_item)$/, "");
    url.search = "";
    let response: Response;
    try {
      response = await options.client.fetch(new Request(url, { method: "GET", headers: { accept: "application/json", "x-metadata-policy-skip": "1" } }));
    } catch (e) {
      throw new MetadataPolicyStateError(`cannot read image ${write.imageId}: ${(e as Error).message}`, e);
    }
    if (!response.ok) throw new MetadataPolicyStateError(`cannot read image ${write.imageId}: HTTP ${response.status}`);
    return toImageContext(await response.json());
  }

  return {
    async onRequest({ request, schemaPath, params }) {
      if (mode === "off" || request.headers.has("x-metadata-policy-skip")) return undefined;
      const write = matchWrite(request.method, schemaPath, (params?.path ?? {}) as Record<string, unknown>);
      if (!write) return undefined;
      let body: unknown;
      if (write.operation !== "delete") {
        const text = await request.clone().text();
        try {
          body = text ? JSON.parse(text) : {};
        } catch {
          body = text; // not JSON: the engine reports builtin/invalid-write
        }
        // Image create/update only concern the policy when they carry metadata.
        if (write.operation === "create" || write.operation === "update") {
          const md = (body as { metadata?: unknown } | null)?.metadata;
          if (md === undefined) return undefined;
          body = md;
        }
      }
      let image: ImageContext;
      try {
        image = await currentImage(request, write);
      } catch (e) {
        if (options.failurePolicy === "ignore") return undefined;
        throw e;
      }
      const key = write.operation === "delete" ? ((params?.query as { key?: unknown } | undefined)?.key ?? new URL(request.url).searchParams.get("key")) : undefined;
      const target = { ...image, ...(write.imageId ? { id: write.imageId } : {}) };
      const writeOptions = { ...(options.now ? { now: options.now() } : {}), ...(options.writeScope ? { scope: options.writeScope } : {}), ...(options.replacePreservesReadOnly !== undefined ? { replacePreservesReadOnly: options.replacePreservesReadOnly } : {}) };
      const judge = (b: unknown) => planWrite(policy, target, { operation: write.operation, ...(b !== undefined ? { body: b } : {}), ...(typeof key === "string" ? { key } : {}) }, writeOptions);
      let decision = judge(body);
      let outgoing: Request | undefined;
      if (options.mutate && write.operation !== "delete" && body !== null && typeof body === "object" && !Array.isArray(body)) {
        const adds = decision.after.findings.filter((f) => f.reason === "default-missing" && f.fix?.op === "add" && f.fix.value !== undefined);
        if (adds.length > 0) {
          body = { ...(body as Record<string, unknown>), ...Object.fromEntries(adds.map((f) => [f.fix!.key, f.fix!.value!])) };
          decision = judge(body);
          const original = write.operation === "create" || write.operation === "update" ? JSON.parse(await request.clone().text()) : undefined;
          const headers = new Headers(request.headers);
          headers.delete("content-length");
          outgoing = new Request(request, { headers, body: JSON.stringify(original ? { ...original, metadata: body } : body) });
        }
      }
      options.onDecision?.(decision, write);
      if (mode !== "enforce" || decision.decision !== "deny") return outgoing;
      const error = new MetadataPolicyError(decision);
      if (options.denyAs !== "response") throw error;
      const { before: _b, after: _a, state: _s, ...summary } = decision;
      return new Response(JSON.stringify({ exception_class: "MetadataPolicyDenied", message: error.message, request_id: null, decision: summary }), {
        status: 422,
        headers: { "content-type": "application/json" },
      });
    },
  };
}
