// Ctrl-C during a fleet run: stop starting pairs, abort the ones in flight, let the state file (already fsync'd per
// pair) stand, and exit 130 as a shell expects of an interrupted command.
import { ExitCodeError } from "../exit-error.js";

const EXIT_INTERRUPTED = 130;

/** Aborts `controller` on SIGINT until the returned function is called. */
export function abortOnSigint(controller: AbortController): () => void {
  const onSigint = () => controller.abort(new Error("interrupted"));
  process.on("SIGINT", onSigint);
  return () => process.off("SIGINT", onSigint);
}

export function interrupted(done: number, total: number, state: string | undefined): ExitCodeError {
  const resume = state
    ? `; run it again with --state ${state} to resume`
    : "; pass --state FILE to make a run resumable";
  return new ExitCodeError(`interrupted: ${done} of ${total} pairs finished${resume}`, EXIT_INTERRUPTED);
}
