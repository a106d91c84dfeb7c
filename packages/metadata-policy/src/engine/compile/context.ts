// The diagnostics sink and selector compiler every compile phase shares.
import { compileSelector } from "../selector.js";
import { fold } from "../text.js";
import type { Diagnostic } from "../types.js";
import type { CompileContext } from "./types.js";

export function createContext(): CompileContext {
  const diagnostics: Diagnostic[] = [];
  const selectorKeys = new Set<string>();
  const ctx: CompileContext = {
    diagnostics,
    selectorKeys,
    diag(input, code, message, path, severity = "error") {
      const line = path !== undefined ? input.lineOf?.(path) : undefined;
      diagnostics.push({
        code,
        severity,
        message,
        ...(input.source !== undefined ? { source: input.source } : {}),
        ...(path !== undefined ? { path } : {}),
        ...(line !== undefined ? { line } : {}),
      });
    },
    selector(input, sel, path) {
      for (const k of Object.keys(sel?.metadata ?? {})) selectorKeys.add(fold(k));
      if (sel?.osType) selectorKeys.add("os_type");
      try {
        return compileSelector(sel);
      } catch (e) {
        ctx.diag(input, "regex/invalid", `${(e as Error).message}`, path);
        return undefined;
      }
    },
  };
  return ctx;
}
