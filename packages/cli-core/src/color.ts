/** Colour only on a TTY and never when NO_COLOR is set to a non-empty value (no-color.org). */
export function colorEnabled(
  stream: { isTTY?: boolean } = process.stdout,
  env: Record<string, string | undefined> = process.env,
): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== "0") return true;
  return !!stream.isTTY && env.TERM !== "dumb";
}

export function bold(text: string, on: boolean): string {
  return on ? `\u001B[1m${text}\u001B[22m` : text;
}

export function dim(text: string, on: boolean): string {
  return on ? `\u001B[2m${text}\u001B[22m` : text;
}
