// Writes the shipped JSON Schema from the compiled engine (single source: src/engine/schema.ts).
import { writeFileSync, mkdirSync } from "node:fs";
import { policySchema } from "../dist/engine/schema.js";

const out = new URL("../schema/metadata-policy.schema.json", import.meta.url);
mkdirSync(new URL("../schema/", import.meta.url), { recursive: true });
writeFileSync(out, JSON.stringify(policySchema, null, 2) + "\n");
