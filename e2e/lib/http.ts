// Requests as plain data, so a failing case prints as something a person can replay.
export interface RequestSpec {
  method: string;
  path: string; // relative to /cloud, e.g. /v1/images/10/1
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string;
}

export const BASE = "http://emulator.local/cloud";

export function toRequest(spec: RequestSpec): Request {
  const url = new URL(BASE + spec.path);
  for (const [k, v] of Object.entries(spec.query ?? {})) url.searchParams.set(k, v);
  return new Request(url, { method: spec.method, headers: spec.headers, body: spec.body });
}

/** A curl command line that replays the request against `imgctl emulator start` (default port 8080). */
export function toCurl(spec: RequestSpec): string {
  const url = new URL("http://127.0.0.1:8080/cloud" + spec.path);
  for (const [k, v] of Object.entries(spec.query ?? {})) url.searchParams.set(k, v);
  const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
  const parts = ["curl -i", "-X", spec.method, quote(url.toString())];
  for (const [k, v] of Object.entries(spec.headers ?? {})) parts.push("-H", quote(`${k}: ${v}`));
  if (spec.body !== undefined)
    parts.push(
      "--data-binary",
      quote(spec.body.length > 300 ? `${spec.body.slice(0, 300)}…(${spec.body.length} bytes)` : spec.body),
    );
  return parts.join(" ");
}

export interface Outcome {
  status: number;
  contentType: string | null;
  text: string;
  body: unknown;
}

export async function send(fetch: (r: Request) => Promise<Response>, spec: RequestSpec): Promise<Outcome> {
  const response = await fetch(toRequest(spec));
  const text = await response.text();
  let body: unknown;
  if (text.length > 0) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status: response.status, contentType: response.headers.get("content-type"), text, body };
}

/** A request as `key` (the API key), with a JSON body when one is given. */
export function asKey(
  key: string,
  method: string,
  path: string,
  body?: unknown,
  query?: Record<string, string>,
): RequestSpec {
  const headers: Record<string, string> = { authorization: `APIKey ${key}` };
  if (body !== undefined) headers["content-type"] = "application/json";
  return { method, path, headers, query, body: body === undefined ? undefined : JSON.stringify(body) };
}
