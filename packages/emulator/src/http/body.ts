// Reads a JSON request body: ≤ 1 MiB (413), application/json (415), valid UTF-8 and JSON (400).
// An empty body is "no body", whatever Content-Type says (SDKs send application/json on GETs).
import { ApiError, badRequest } from "./errors.js";

export const MAX_BODY_BYTES = 1024 * 1024;

export const tooLarge = () =>
  new ApiError(413, "PayloadTooLarge", `Request body is larger than ${MAX_BODY_BYTES} bytes`);

async function readCapped(request: Request): Promise<Uint8Array> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > MAX_BODY_BYTES) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

export function isJsonType(contentType: string | null): boolean {
  if (!contentType) return false;
  const mime = contentType.split(";")[0]!.trim().toLowerCase();
  return mime === "application/json" || (mime.startsWith("application/") && mime.endsWith("+json"));
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Returns the parsed body, or undefined when the request has none. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const bytes = await readCapped(request);
  if (bytes.byteLength === 0) return undefined;
  if (!isJsonType(request.headers.get("content-type"))) {
    throw new ApiError(415, "UnsupportedMediaType", "Content-Type must be application/json");
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw badRequest("Request body is not valid UTF-8", { body: ["is not valid UTF-8"] });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw badRequest(`Request body is not valid JSON: ${(error as Error).message}`, { body: ["is not valid JSON"] });
  }
}
