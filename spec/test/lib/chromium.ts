// Headless Chromium without a network, driven over the DevTools protocol on a pipe (no library:
// `--remote-debugging-pipe` speaks NUL-terminated JSON on file descriptors 3 and 4).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";

/** Debian's Chromium (`apt-get install chromium`), or CHROMIUM_PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

// A profile of its own, no first-run or background traffic, and no way out: every host name fails
// to resolve and every request goes to a proxy on a closed port. A page that needs the network
// shows what it shows offline.
const OFFLINE_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--host-resolver-rules=MAP * ~NOTFOUND",
  "--proxy-server=http://127.0.0.1:9",
  "--remote-debugging-pipe",
];

export interface PageVisit {
  /** `document.body.innerText` once `done` accepted it (or at the deadline). */
  text: string;
  /** Every request the page tried to make that was not for a file: or data: URL. */
  networkRequests: string[];
}

type Message = {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
};

/**
 * Opens each URL in its own tab of one offline browser and polls the page text until `done`
 * accepts the text of every tab, or `timeoutMs` passes. Resolves with each tab's last text.
 */
export async function visitOffline(
  executable: string,
  urls: string[],
  done: (texts: string[]) => boolean,
  timeoutMs = 15_000,
): Promise<PageVisit[]> {
  const profile = mkdtempSync(join(tmpdir(), "imgctl-chromium-"));
  const child = spawn(executable, [...OFFLINE_FLAGS, `--user-data-dir=${profile}`, "about:blank"], {
    stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"],
  });
  const cdp = connect(child);
  try {
    const visits = await Promise.all(urls.map((url) => open(cdp, url)));
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const visit of visits) visit.text = await pageText(cdp, visit.sessionId);
      if (done(visits.map((v) => v.text)) || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return visits.map(({ text, networkRequests }) => ({ text, networkRequests }));
  } finally {
    await closeBrowser(cdp, child);
    // Chromium's helper processes can still be writing the profile a moment after the browser has gone (a CI run
    // failed on ENOTEMPTY here): rmSync retries those errors with a growing delay.
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
}

/** Shuts Chromium down through CDP (every process, the profile flushed), with a kill if it does not exit in time. */
async function closeBrowser(cdp: Cdp, child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const sigterm = setTimeout(() => child.kill(), 3_000);
  const sigkill = setTimeout(() => child.kill("SIGKILL"), 6_000);
  cdp.send("Browser.close").catch(() => {}); // it may exit before it answers
  await exited;
  clearTimeout(sigterm);
  clearTimeout(sigkill);
}

interface Cdp {
  send(method: string, params?: object, sessionId?: string): Promise<Record<string, unknown>>;
  on(method: string, listener: (params: Record<string, unknown>, sessionId?: string) => void): void;
}

async function open(cdp: Cdp, url: string): Promise<PageVisit & { sessionId: string }> {
  const { targetId } = await cdp.send("Target.createTarget", { url: "about:blank" });
  const { sessionId } = (await cdp.send("Target.attachToTarget", { targetId, flatten: true })) as { sessionId: string };
  const visit = { sessionId, text: "", networkRequests: [] as string[] };
  cdp.on("Network.requestWillBeSent", (params, from) => {
    const requested = (params.request as { url: string }).url;
    if (from === sessionId && !/^(file|data|about|blob):/.test(requested)) visit.networkRequests.push(requested);
  });
  await cdp.send("Network.enable", {}, sessionId);
  await cdp.send("Page.navigate", { url }, sessionId);
  return visit;
}

async function pageText(cdp: Cdp, sessionId: string): Promise<string> {
  const { result } = (await cdp.send(
    "Runtime.evaluate",
    { expression: "document.body ? document.body.innerText : ''", returnByValue: true },
    sessionId,
  )) as {
    result: { value?: string };
  };
  return result.value ?? "";
}

function connect(child: ChildProcess): Cdp {
  const input = child.stdio[3] as Writable;
  const output = child.stdio[4] as Readable;
  const pending = new Map<number, { resolve(result: Record<string, unknown>): void; reject(error: Error): void }>();
  const listeners = new Map<string, Array<(params: Record<string, unknown>, sessionId?: string) => void>>();
  let nextId = 1;
  let buffer = "";
  output.setEncoding("utf8").on("data", (chunk: string) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf("\0")) >= 0) {
      const message = JSON.parse(buffer.slice(0, end)) as Message;
      buffer = buffer.slice(end + 1);
      if (message.id !== undefined) {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) waiting?.reject(new Error(message.error.message));
        else waiting?.resolve(message.result ?? {});
      } else if (message.method) {
        for (const listener of listeners.get(message.method) ?? []) listener(message.params ?? {}, message.sessionId);
      }
    }
  });
  child.once("exit", () => {
    for (const waiting of pending.values()) waiting.reject(new Error("Chromium exited"));
  });
  return {
    send(method, params = {}, sessionId) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      });
    },
    on(method, listener) {
      listeners.set(method, [...(listeners.get(method) ?? []), listener]);
    },
  };
}
