/** Replaces every occurrence of the secret and any `APIKey <token>` value with `***`. */
export function redact(text: string, secret?: string): string {
  let out = text.replace(/(APIKey\s+)[^\s"',}]+/gi, "$1***");
  if (secret && secret.length >= 4) out = out.split(secret).join("***");
  return out;
}
