// Test helpers: an in-process emulator that validates every response against the spec, and a
// tiny request function (the tests exercise the emulator, so no client library here).
import { createEmulator, demoKeys, type Emulator, type EmulatorOptions } from "../src/index.js";

export { demoKeys };
export { demoImageIds, demoVolumeId } from "../src/index.js";

export const KEYS = demoKeys;

export function newEmulator(options: EmulatorOptions = {}): Emulator {
  return createEmulator({ validateResponses: true, ...options });
}

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface CallOptions {
  headers?: Record<string, string>;
  rawBody?: BodyInit;
}

export async function call<T = any>(
  em: Emulator,
  key: string | null,
  method: string,
  path: string,
  body?: unknown,
  opts: CallOptions = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...opts.headers };
  if (key !== null) headers.authorization = `APIKey ${key}`;
  let payload: BodyInit | undefined = opts.rawBody;
  if (body !== undefined) {
    payload = JSON.stringify(body);
    headers["content-type"] ??= "application/json";
  }
  const response = await em.fetch(new Request(`http://emulator.test/cloud${path}`, { method, headers, body: payload }));
  const text = await response.text();
  return { status: response.status, body: text === "" ? undefined : JSON.parse(text), headers: response.headers };
}

/** A client bound to one key. */
export function as(em: Emulator, key: string | null) {
  return {
    get: <T = any>(path: string, opts?: CallOptions) => call<T>(em, key, "GET", path, undefined, opts),
    post: <T = any>(path: string, body?: unknown, opts?: CallOptions) => call<T>(em, key, "POST", path, body, opts),
    put: <T = any>(path: string, body?: unknown, opts?: CallOptions) => call<T>(em, key, "PUT", path, body, opts),
    patch: <T = any>(path: string, body?: unknown, opts?: CallOptions) => call<T>(em, key, "PATCH", path, body, opts),
    delete: <T = any>(path: string, opts?: CallOptions) => call<T>(em, key, "DELETE", path, undefined, opts),
  };
}

export function expectError(reply: Reply, status: number, exceptionClass: string): void {
  if (
    reply.status !== status ||
    reply.body?.exception_class !== exceptionClass ||
    typeof reply.body?.request_id !== "string"
  ) {
    throw new Error(`expected ${status} ${exceptionClass}, got ${reply.status} ${JSON.stringify(reply.body)}`);
  }
}

/** Creates an image from the project's bootable demo volume and waits for the task. */
export async function createImage(
  em: Emulator,
  key: string,
  projectId: number,
  regionId: number,
  name: string,
  metadata?: Record<string, string>,
) {
  const { demoVolumeId } = await import("../src/index.js");
  const api = as(em, key);
  const created = await api.post(`/v1/images/${projectId}/${regionId}`, {
    name,
    volume_id: demoVolumeId(projectId, regionId),
    metadata,
  });
  if (created.status !== 200) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
  const taskId: string = created.body.tasks[0];
  const task = await api.get(`/v1/tasks/${taskId}`);
  if (task.body.state !== "FINISHED") throw new Error(`task not finished: ${JSON.stringify(task.body)}`);
  return { taskId, imageId: task.body.created_resources.images[0] as string };
}

import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A temporary directory for database files; remove() deletes it. */
export function tempDir(prefix = "imgctl-emu-") {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, file: (name: string) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** SQLite-crash-test style signature of the mutable tables, read through a second connection. */
export function dbSignature(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const dump = (sql: string) => db.prepare(sql).all();
    return JSON.stringify({
      images: dump("SELECT * FROM images ORDER BY id"),
      tasks: dump("SELECT * FROM tasks ORDER BY id"),
      shares: dump("SELECT * FROM shared_images ORDER BY id"),
      members: dump("SELECT * FROM shared_image_members ORDER BY share_id, image_id"),
    });
  } finally {
    db.close();
  }
}
