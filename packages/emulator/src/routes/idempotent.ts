// Idempotency-Key (emulator extension) for the asynchronous writes, plus inline completion of
// "immediate" tasks inside the same transaction.
import { conflict } from "../http/errors.js";
import type { OpContext } from "../http/operation.js";

type AsyncWrite =
  | OpContext<"imagesCreate">
  | OpContext<"imagesDelete">
  | OpContext<"imagesUpload">
  | OpContext<"baremetalImagesCreate">;

/** Runs an asynchronous write once per (caller, Idempotency-Key); a repeat gets the first answer.
 * `done`: the tasks already completed inline (immediate timing), so the worker need not track them.
 * `kind` tells apart writes on the same path (an upload and a create in the same project): a key
 * used for one and sent again with the other is a 409. Create and delete keep the empty kind. */
export function once(
  ctx: AsyncWrite,
  write: () => { tasks: string[] },
  kind = "",
): { tasks: string[]; replayed: boolean; done: boolean } {
  const { store, clock } = ctx.core;
  const key = ctx.headers.get("idempotency-key");
  const principal = JSON.stringify(ctx.principal);
  const imageId = "image_id" in ctx.path ? ctx.path.image_id : "";
  const operation = `${kind}${ctx.path.project_id}/${ctx.path.region_id}/${imageId}`;
  return store.write(() => {
    if (key) {
      const previous = store.idempotency.get(principal, key);
      if (previous) {
        if (previous.operation !== operation) throw conflict("Idempotency-Key was already used for another request");
        return { ...previous.response, replayed: true, done: true };
      }
    }
    const response = write();
    if (key) store.idempotency.remember(principal, key, operation, response, clock.now());
    const done = response.tasks.every((id) => ctx.core.worker.completeInline(id));
    return { ...response, replayed: false, done };
  });
}
