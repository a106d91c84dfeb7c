// Globs for image names and allowedValues wildcards: `*` any run, `?` one code point; everything else literal.
export function globToRegExp(glob: string, ignoreCase = false): RegExp {
  let src = "";
  for (const ch of glob) {
    if (ch === "*") src += ".*";
    else if (ch === "?") src += ".";
    else src += ch.replace(/[\\^$.|+(){}[\]]/g, "\\$&");
  }
  return new RegExp(`^(?:${src})$`, ignoreCase ? "iu" : "u");
}
