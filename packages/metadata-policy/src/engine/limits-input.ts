// Bounds on policy text. A policy is parsed with the YAML parser (it keeps line numbers for diagnostics), which
// costs ~2 s of CPU per MB; real policies are a few KB, so 1 MiB is generous and keeps a stray file from stalling a
// CI run or a request. Aliases are capped so an alias bomb (nested anchors that expand exponentially) is refused.

export const MAX_POLICY_BYTES = 1024 * 1024;
export const MAX_POLICY_ALIASES = 100;

/** UTF-8 length without allocating the encoding (a policy near the limit is 1 MiB). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const formatBytes = (n: number) => `${n.toLocaleString("en-US")} bytes`;

export function tooLargeMessage(bytes: number): string {
  return `policy is ${formatBytes(bytes)}; the limit is 1 MiB (${formatBytes(MAX_POLICY_BYTES)})`;
}
