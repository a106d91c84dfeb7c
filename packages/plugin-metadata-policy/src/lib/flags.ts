// Flags shared by the policy commands, declared like the core commands' (Flags.option for fixed choices).
import { Flags } from "@oclif/core";
import { FORMATS } from "./formats/index.js";

/** The one `--format` flag: each command passes the formats it can write (table is always the default). */
export const formatFlag = <const O extends readonly ["table", ...string[]]>(options: O) =>
  Flags.option({ char: "f", summary: "output format", options, default: "table" as O[number] })();

export const policyFlags = {
  policy: Flags.string({ char: "p", summary: "policy file (repeatable; layers from metadata.layer)", multiple: true }),
  format: formatFlag(FORMATS),
  output: Flags.string({ char: "o", summary: "write the output to this file instead of stdout" }),
  now: Flags.string({ summary: "evaluate waivers as of this time (RFC 3339), for reproducible runs" }),
  "enforcement-ceiling": Flags.option({
    summary: "cap every rule at this level (roll out a policy as warn or audit first)",
    options: ["deny", "warn", "audit", "off"] as const,
  })(),
};

/** `--input`: an offline snapshot instead of the API (each command says what it reads from it). */
export const inputFlag = (summary: string) => Flags.string({ char: "i", summary });
