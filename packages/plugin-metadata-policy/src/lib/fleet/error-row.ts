// A pair that could not be read becomes an error row: the API's status, class, message and request id when it
// answered, the connection error's code when it did not. The rest of the fleet goes on.
import { renderError } from "@imgctl/cli-core";
import type { PairErrorRow } from "./compact.js";
import type { Pair } from "./selection.js";

export function errorRow([project, region]: Pair, err: unknown): PairErrorRow {
  const e = renderError(err).json.error as {
    status?: unknown;
    exceptionClass?: unknown;
    code?: unknown;
    name?: unknown;
    message?: unknown;
    requestId?: unknown;
  };
  const code = e.exceptionClass ?? e.code ?? (e.name !== "Error" ? e.name : undefined);
  return {
    type: "error",
    project,
    region,
    error: {
      ...(typeof e.status === "number" ? { status: e.status } : {}),
      ...(typeof code === "string" && code ? { code } : {}),
      message: String(e.message ?? err),
      ...(typeof e.requestId === "string" ? { requestId: e.requestId } : {}),
    },
  };
}
