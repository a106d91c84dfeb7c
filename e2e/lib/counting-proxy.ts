// A loopback HTTP proxy in front of a running emulator that records every request reaching it (method and path),
// so a test can count the API requests a command costs. It forwards everything unchanged; it mocks nothing.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const HOP_HEADERS = new Set([
  "host",
  "connection",
  "content-length",
  "transfer-encoding",
  "content-encoding",
  "keep-alive",
]);

export async function countingProxy(
  targetUrl: string,
): Promise<{ url: string; requests: string[]; close(): Promise<void> }> {
  const target = new URL(targetUrl);
  const requests: string[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", target.origin);
    requests.push(`${req.method} ${url.pathname}`);
    const headers = Object.entries(req.headers).filter(
      ([k, v]) => !HOP_HEADERS.has(k) && typeof v === "string",
    ) as Array<[string, string]>;
    const answer = await fetch(url, {
      method: req.method ?? "GET",
      headers,
      ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
    });
    res.writeHead(
      answer.status,
      [...answer.headers].filter(([k]) => !HOP_HEADERS.has(k)),
    );
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
